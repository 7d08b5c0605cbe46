import { UsageError } from '../../errors.js';
import { DEFAULT_PROBE_SETTINGS } from '../../config/defaults.js';
import { inspect, type InspectResult } from '../../api/inspect.js';
import { terminalText } from '../../render/terminalText.js';
import type { Context } from '../context.js';
import { positiveInt } from '../options.js';

function renderInspect(r: InspectResult): string {
  const t = r.timings;
  const fmt = (v: number | null) => (v === null ? '-' : `${Math.round(v)} ms`);
  const social = Object.entries(r.contacts.social)
    .map(([k, v]) => `${k} (${(v ?? []).length})`)
    .join(', ');
  const lines = [
    `URL          ${terminalText(r.url)}`,
    ...(r.finalUrl !== r.url ? [`final URL    ${terminalText(r.finalUrl)}`] : []),
    `status       ${r.status ?? '-'}${r.error ? `  error ${r.error.code}: ${terminalText(r.error.message)}` : ''}`,
    `timings      dns ${fmt(t.dnsMs)} · connect ${fmt(t.connectMs)} · tls ${fmt(t.tlsMs)} · ttfb ${fmt(t.ttfbMs)} · total ${fmt(t.totalMs)}`,
    `title        ${terminalText(r.title ?? '-')}`,
    `charset      ${r.charset ?? '-'}${r.charsetSource ? ` (from ${r.charsetSource})` : ''} · ${r.bytes} bytes`,
    `platform     ${r.platform ?? '-'}${r.platformEvidence.length ? ` (${r.platformEvidence.map(terminalText).join('; ')})` : ''}`,
    `language     ${r.lang ?? '-'}`,
    `locales      ${r.locales.length ? r.locales.join(', ') : '-'}`,
    `live chat    ${r.chatProviders.length ? r.chatProviders.join(', ') : 'none loaded'}`,
    `emails       ${r.contacts.emails.length ? r.contacts.emails.map(terminalText).join(', ') : '-'}`,
    `phones       ${r.contacts.phones.length ? r.contacts.phones.map(terminalText).join(', ') : '-'}`,
    `ticket form  ${r.contacts.ticketForm ? 'yes' : 'no'}`,
    `social       ${social || '-'}`,
    `search       ${r.hasSearch ? 'yes' : 'no'}`,
    `topics       ${r.topics.length ? r.topics.join(', ') : '-'}`,
    `articles     ${r.articleLinks} linked · ${r.articleDates.count} dated${r.articleDates.newest ? ` · newest ${r.articleDates.newest}` : ''}`,
    `status page  ${r.statusPageLinks.length ? r.statusPageLinks.map(terminalText).join(', ') : '-'}`,
  ];
  return `${lines.join('\n')}\n`;
}

export async function inspectCommand(ctx: Context, url: string, opts: { json?: boolean; timeout?: string }): Promise<number> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`inspect: expected an absolute http(s) URL, got "${url}"`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new UsageError(`inspect: expected an http(s) URL, got "${parsed.protocol}"`);
  }
  const timeoutMs = positiveInt('--timeout', opts.timeout, 100, 300_000);
  const result = await inspect(url, { ...DEFAULT_PROBE_SETTINGS, ...(timeoutMs ? { timeoutMs } : {}) });
  ctx.out(opts.json ? `${JSON.stringify(result, null, 2)}\n` : renderInspect(result));
  return result.error ? 3 : 0;
}
