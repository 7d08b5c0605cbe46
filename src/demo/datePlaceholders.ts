/**
 * Dates in the simulated sites are written relative to serve time, so the
 * "fresh" help centers stay fresh whenever the demo runs:
 *
 *   {{date:-3d}}            -> 2026-11-22T06:14:00Z   (ISO 8601, UTC, whole minutes)
 *   {{date:-400d|en}}       -> October 18, 2025
 *   {{date:-2h30m|isoms}}   -> 2026-11-25T03:44:00.000Z
 *   {{date:0|year}}         -> 2026
 *
 * Offsets: an optional sign, then number+unit pairs (w, d, h, m, s).
 * Formats: see FORMATS below. Unknown placeholders are left as they are.
 */

const UNIT_MS: Record<string, number> = { w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000 };

const PLACEHOLDER = /\{\{date:([+-]?(?:\d+[wdhms])+|0|now)(?:\|([a-z-]+))?\}\}/g;

function long(locale: string): (d: Date) => string {
  const f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
  return (d) => f.format(d);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function iso(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const SHORT_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Freshdesk portal style: "Fri, 5 Sep, 2025 at 8:55 AM". */
function freshdesk(d: Date): string {
  const h = d.getUTCHours();
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${SHORT_DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${SHORT_MONTHS[d.getUTCMonth()]}, ${d.getUTCFullYear()} at ${h12}:${pad(d.getUTCMinutes())} ${h < 12 ? 'AM' : 'PM'}`;
}

export const DATE_FORMATS: Record<string, (d: Date) => string> = {
  iso,
  isoms: (d) => d.toISOString(),
  date: (d) => d.toISOString().slice(0, 10),
  dmy: (d) => `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`,
  dot: (d) => `${d.getUTCFullYear()}.${pad(d.getUTCMonth() + 1)}.${pad(d.getUTCDate())}`,
  year: (d) => String(d.getUTCFullYear()),
  unix: (d) => String(Math.floor(d.getTime() / 1000)),
  rfc1123: (d) => d.toUTCString(),
  hm: (d) => `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
  freshdesk,
  en: long('en-US'),
  'en-short': (d) => `${SHORT_MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`,
  zh: long('zh-CN'),
  'zh-tw': long('zh-TW'),
  ja: long('ja'),
  ko: long('ko'),
  ru: long('ru'),
  es: long('es'),
  tr: long('tr'),
  /** Solar Hijri (Jalali) calendar with Persian digits, as Iranian sites show dates. */
  fa: long('fa-IR-u-ca-persian'),
};

/** Milliseconds of an offset like "-3d", "+2h30m", "0", "now"; null when malformed. */
export function parseOffset(offset: string): number | null {
  if (offset === '0' || offset === 'now') return 0;
  const m = /^([+-]?)((?:\d+[wdhms])+)$/.exec(offset);
  if (!m) return null;
  let ms = 0;
  for (const part of m[2]!.matchAll(/(\d+)([wdhms])/g)) ms += Number(part[1]) * UNIT_MS[part[2]!]!;
  return m[1] === '-' ? -ms : ms;
}

/** Replaces every `{{date:…}}` placeholder, relative to `now` (rounded down to the minute). */
export function expandDatePlaceholders(text: string, now: Date): string {
  if (!text.includes('{{date:')) return text;
  const base = Math.floor(now.getTime() / 60_000) * 60_000;
  return text.replace(PLACEHOLDER, (whole, offset: string, format: string | undefined) => {
    const ms = parseOffset(offset);
    const fmt = DATE_FORMATS[format ?? 'iso'];
    if (ms === null || !fmt) return whole;
    return fmt(new Date(base + ms));
  });
}
