/**
 * Maps a request path to a file under an exchange's site/ folder, and never
 * to anything outside it. The raw path is decoded once; `..`, `.`, NUL,
 * backslashes, hidden (`.`) and template (`_`) names are refused, and the
 * final real path must still lie inside the real site folder.
 *
 * Lookup, like the help-center platforms do it:
 *   /a/b          -> site/a/b, site/a/b.html, site/a/b/index.html
 *   /x/123-Slug   -> site/x/123.html (Zendesk, Freshdesk and Intercom resolve
 *                    articles by the numeric id; the slug is decoration)
 */
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';

export type SiteLookup = { kind: 'file'; file: string } | { kind: 'not-found' } | { kind: 'bad-request'; reason: string };

/** Decodes a raw URL path; null if the percent-encoding is malformed. */
export function decodePath(rawPath: string): string | null {
  try {
    return decodeURIComponent(rawPath);
  } catch {
    return null;
  }
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

function inside(root: string, candidate: string): boolean {
  return candidate === root || candidate.startsWith(root + path.sep);
}

export async function resolveSitePath(siteDir: string, rawPath: string): Promise<SiteLookup> {
  if (!rawPath.startsWith('/')) return { kind: 'bad-request', reason: 'path must start with /' };
  const decoded = decodePath(rawPath);
  if (decoded === null) return { kind: 'bad-request', reason: 'malformed percent-encoding' };
  if (decoded.includes('\0')) return { kind: 'bad-request', reason: 'NUL in path' };
  if (decoded.includes('\\')) return { kind: 'bad-request', reason: 'backslash in path' };
  const segments = decoded.split('/').filter((s) => s !== '');
  for (const s of segments) {
    if (s === '..' || s === '.') return { kind: 'bad-request', reason: 'dot segment in path' };
    if (s.startsWith('.') || s.startsWith('_')) return { kind: 'not-found' };
  }
  const root = path.resolve(siteDir);
  const base = path.resolve(root, ...segments);
  if (!inside(root, base)) return { kind: 'bad-request', reason: 'outside the site' };

  const candidates = [base, `${base}.html`, path.join(base, 'index.html')];
  const last = segments[segments.length - 1];
  const idMatch = last ? /^(\d+)(?:-.*)?$/.exec(last) : null;
  if (idMatch) candidates.push(path.join(path.dirname(base), `${idMatch[1]}.html`));

  for (const candidate of candidates) {
    if (!inside(root, candidate) || !(await isFile(candidate))) continue;
    // Symlinks must not lead out of the site either.
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(candidate)]);
    if (!inside(realRoot, realFile)) return { kind: 'not-found' };
    return { kind: 'file', file: candidate };
  }
  return { kind: 'not-found' };
}
