/** Helpers shared by the page-judge tests: fixture loading and small page builders. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { judgePage, discoverLinks } from '../../src/judge/page/index.js';
import type { PageFacts, PageLink } from '../../src/types/facts.js';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURE_PAGES = `${REPO_ROOT}fixtures/pages/`;
/** Real captures from public repositories (see their README); present only in the full workspace. */
export const REAL_SAMPLES = fileURLToPath(new URL('../shared/real-samples/', new URL('../../', import.meta.url)));

export const DEFAULT_URL = 'https://support.testx.example/hc/en-us/articles/100-Test';

export function fixture(name: string): string {
  return readFileSync(`${FIXTURE_PAGES}${name}`, 'utf8');
}

/** A minimal page around `body`, with an optional <html lang> and extra <head> markup. */
export function page(body: string, opts: { lang?: string; head?: string; title?: string } = {}): string {
  const lang = opts.lang === undefined ? ' lang="en"' : opts.lang === '' ? '' : ` lang="${opts.lang}"`;
  return `<!DOCTYPE html><html${lang}><head><meta charset="utf-8"><title>${opts.title ?? 'Test page'}</title>${opts.head ?? ''}</head><body>${body}</body></html>`;
}

export function judge(html: string, url = DEFAULT_URL): PageFacts {
  return judgePage({ html, url });
}

export function links(html: string, url = DEFAULT_URL): PageLink[] {
  return discoverLinks({ html, url });
}
