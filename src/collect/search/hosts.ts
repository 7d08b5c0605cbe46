/**
 * URLs and hosts as the search probe compares them: only http(s) URLs count, and a host
 * is `host[:port]` as URL.host gives it (so two loopback servers on different ports are
 * different hosts, like two sites).
 */

/** The http(s) URL `s` parsed, or null. */
export function httpUrl(s: string, base?: string | URL): URL | null {
  try {
    const u = base === undefined ? new URL(s) : new URL(s, base);
    if ((u.protocol !== 'http:' && u.protocol !== 'https:') || u.hostname === '') return null;
    return u;
  } catch {
    return null;
  }
}

/** `scheme://host[:port]` of an http(s) URL, or null. */
export function httpOrigin(s: string): string | null {
  return httpUrl(s)?.origin ?? null;
}

/** `host[:port]` of an http(s) URL, or null. */
export function hostOf(s: string): string | null {
  return httpUrl(s)?.host ?? null;
}
