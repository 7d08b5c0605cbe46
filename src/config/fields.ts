/**
 * Zod schemas for the config's leaf values (URLs, e-mail addresses, phone numbers, ids,
 * ranges…), each with messages a person understands: "expected …, got …".
 */
import { z } from 'zod';
import { checkLanguageTag } from './languages.js';
import { checkSocial, type ConfigSocialNetwork } from './social.js';

/** A value as it appears in a message: strings quoted (and cut), others described. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const cut = value.length > 80 ? `${value.slice(0, 77)}…` : value;
    return JSON.stringify(cut);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

/** "missing; expected X" or "expected X, got Y". */
export function expectedMessage(what: string, input: unknown): string {
  return input === undefined ? `missing; expected ${what}` : `expected ${what}, got ${show(input)}`;
}

/** A string schema whose type error says what was expected. */
export function text(what: string) {
  return z.string({ error: (iss) => expectedMessage(what, iss.input) });
}

/** A string that passes `check` (which returns the normalised value, or an error message). */
function checked(what: string, check: (s: string) => { value: string } | { error: string }) {
  return text(what).transform((input, ctx) => {
    const r = check(input);
    if ('error' in r) {
      ctx.issues.push({ code: 'custom', message: r.error, input });
      return z.NEVER;
    }
    return r.value;
  });
}

const HTTP_URL = 'an absolute http(s) URL';

/** Why `s` is not an absolute http(s) URL, or undefined if it is one. */
export function httpUrlProblem(s: string): string | undefined {
  const trimmed = s.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return `expected ${HTTP_URL}, got ${show(s)}`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `expected ${HTTP_URL}, got ${show(s)}`;
  if (!url.hostname || /\s/.test(trimmed)) return `expected ${HTTP_URL}, got ${show(s)}`;
  if (url.username || url.password) {
    return `expected ${HTTP_URL} without a user name or password in it, got ${show(s)}`;
  }
  return undefined;
}

export const httpUrl = () =>
  checked(HTTP_URL, (s) => {
    const problem = httpUrlProblem(s);
    return problem ? { error: problem } : { value: s.trim() };
  }).meta({ format: 'uri', pattern: '^[Hh][Tt][Tt][Pp][Ss]?://' });

/** A search URL template: an http(s) URL containing `{query}` (and optionally `{locale}`). */
export const searchUrlTemplate = () =>
  checked(`${HTTP_URL} containing {query}`, (s) => {
    if (!s.includes('{query}')) {
      return { error: `expected a search URL template containing {query} (and optionally {locale}), got ${show(s)}` };
    }
    const unknown = /\{(?!query\}|locale\})[^}]*\}/.exec(s);
    if (unknown) {
      return { error: `unknown placeholder ${unknown[0]} in ${show(s)}; only {query} and {locale} are substituted` };
    }
    const problem = httpUrlProblem(s.replaceAll('{query}', 'q').replaceAll('{locale}', 'en'));
    return problem ? { error: `${problem.replace(/, got .*$/, '')}, got ${show(s)}` } : { value: s.trim() };
  }).meta({ pattern: '^[Hh][Tt][Tt][Pp][Ss]?://.*\\{query\\}' });

const EMAIL = /^[^\s@<>()[\]\\,;:"]{1,64}@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{1,62}$/i;

export const emailAddress = () =>
  checked('an e-mail address such as "support@example.com"', (s) => {
    const t = s.trim();
    return EMAIL.test(t) ? { value: t } : { error: `expected an e-mail address such as "support@example.com", got ${show(s)}` };
  }).meta({ format: 'email' });

const PHONE_WHAT = 'an international phone number: "+" and 7 to 15 digits, spaces or dashes allowed (e.g. "+1 888 555 0100")';

export const phoneNumber = () =>
  checked(PHONE_WHAT, (s) => {
    const t = s.trim();
    const digits = t.replace(/[^0-9]/g, '').length;
    return /^\+[0-9][0-9 -]*[0-9]$/.test(t) && digits >= 7 && digits <= 15
      ? { value: t }
      : { error: `expected ${PHONE_WHAT}, got ${show(s)}` };
  }).meta({ pattern: '^\\+[0-9][0-9 -]*[0-9]$' });

const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

export const domainName = () =>
  checked('a domain name such as "example.com"', (s) => {
    const t = s.trim().toLowerCase().replace(/\.$/, '');
    if (HOSTNAME.test(t)) return { value: t };
    let hint = '';
    try {
      const host = new URL(s.trim()).hostname;
      if (host && HOSTNAME.test(host)) hint = ` (did you mean ${JSON.stringify(host)}?)`;
    } catch {
      /* not a URL either */
    }
    return { error: `expected a domain name such as "example.com" (no scheme or path), got ${show(s)}${hint}` };
  }).meta({ pattern: '^[A-Za-z0-9.-]+\\.[A-Za-z0-9-]+\\.?$' });

export const EXCHANGE_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;
const ID_WHAT = 'an id of lower-case letters, digits and dashes (1 to 63, not starting with a dash)';

export const exchangeId = () =>
  checked(ID_WHAT, (s) => {
    if (EXCHANGE_ID.test(s)) return { value: s };
    const fixed = s.trim().toLowerCase().replace(/[\s_.]+/g, '-');
    const hint = fixed !== s && EXCHANGE_ID.test(fixed) ? ` (did you mean ${JSON.stringify(fixed)}?)` : '';
    return { error: `expected ${ID_WHAT}, got ${show(s)}${hint}` };
  }).meta({ pattern: EXCHANGE_ID.source });

/** A non-empty string, trimmed. */
export const nonEmpty = (what: string) =>
  checked(what, (s) => {
    const t = s.trim();
    return t ? { value: t } : { error: `expected ${what}, got an empty string` };
  }).meta({ minLength: 1 });

export const languageTag = () =>
  checked('an ISO 639-1 language code such as "en"', (s) => {
    const r = checkLanguageTag(s);
    return r.ok ? { value: r.tag } : { error: r.reason };
  }).meta({ pattern: '^[A-Za-z]{2}([-_][A-Za-z]{4})?([-_]([A-Za-z]{2}|[0-9]{3}))?$' });

/** A help-desk platform hint such as "zendesk" (lower-cased). */
export const platformHint = () =>
  checked('a platform name such as "zendesk"', (s) => {
    const t = s.trim().toLowerCase();
    return /^[a-z0-9][a-z0-9-]{0,39}$/.test(t)
      ? { value: t }
      : { error: `expected a platform name such as "zendesk" (letters, digits, dashes), got ${show(s)}` };
  });

export const socialAccount = (network: ConfigSocialNetwork) =>
  checked(`a ${network} handle or URL`, (s) => {
    const r = checkSocial(network, s);
    return r.ok ? { value: r.url } : { error: r.reason };
  });

/** A whole number in [min, max]; `range` overrides how the range is worded. */
export function intInRange(min: number, max: number, range = `from ${min} to ${max}`) {
  const message = (input: unknown) => expectedMessage(`a whole number ${range}`, input);
  const error = (iss: { input?: unknown }) => message(iss.input);
  return z.number({ error }).int({ error }).min(min, { error }).max(max, { error });
}

/** A true/false flag. */
export const flag = (what: string) => z.boolean({ error: (iss) => expectedMessage(`true or false (${what})`, iss.input) });
