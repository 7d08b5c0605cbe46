/**
 * A small full-text search over a simulated help center's own articles, so its
 * search form and (for Zendesk-style sites) the Help Center search API answer
 * like the real ones: matching articles, a snippet with <em> around the hit,
 * and an empty result for questions the knowledge base does not cover.
 */
import { readFile } from 'node:fs/promises';
import type { LoadedExchange, SearchSpec } from './exchangeSpec.js';
import { resolveSitePath } from './sitePaths.js';

export interface IndexedArticle {
  /** URL path of the article page. */
  path: string;
  /** Numeric id from the last path segment (`/articles/360012-Slug`), if any. */
  id: string | null;
  locale: string | null;
  sectionId: string | null;
  title: string;
  /** Visible text (tags, scripts, header and footer removed). */
  text: string;
  /** The first <time datetime> value as written in the source (may be a date placeholder). */
  datetime: string | null;
}

export interface SearchHit {
  article: IndexedArticle;
  score: number;
  /** HTML-escaped snippet with the first match wrapped in <em>. */
  snippet: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+|#39);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Visible text of one of our own pages (trusted, well-formed fixture HTML). */
export function visibleText(html: string): string {
  const body = html
    .replace(/<head[\s\S]*?<\/head>/i, ' ')
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<(header|footer|nav)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ');
  return decodeEntities(body).replace(/\s+/g, ' ').trim();
}

function titleOf(html: string): string {
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html);
  const title = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  const raw = h1?.[1] ?? title?.[1] ?? '';
  return decodeEntities(raw.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
}

export interface SearchIndex {
  spec: SearchSpec;
  articles: IndexedArticle[];
}

export async function buildSearchIndex(loaded: LoadedExchange): Promise<SearchIndex | null> {
  const spec = loaded.spec.search;
  if (!spec) return null;
  const pattern = new RegExp(spec.articlePattern);
  const articles: IndexedArticle[] = [];
  for (const pagePath of loaded.spec.pages) {
    const m = pattern.exec(pagePath);
    if (!m) continue;
    const found = await resolveSitePath(loaded.siteDir, pagePath);
    if (found.kind !== 'file') continue;
    const html = await readFile(found.file, 'utf8');
    const last = pagePath.split('/').pop() ?? '';
    articles.push({
      path: pagePath,
      id: /^(\d+)/.exec(last)?.[1] ?? null,
      locale: m.groups?.['locale'] ?? null,
      sectionId: /\/sections\/(\d+)/.exec(html)?.[1] ?? null,
      title: titleOf(html),
      text: visibleText(html),
      datetime: /<time\b[^>]*?\sdatetime="([^"]+)"/i.exec(html)?.[1] ?? null,
    });
  }
  return { spec, articles };
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

function terms(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[\s,.;:!?¿¡،؟。，、？！]+/u)
    .filter((t) => t.length >= 2 || CJK.test(t));
}

/** How well one term matches a text: 1 for a substring hit, a share of bigrams for CJK and Hangul, else 0. */
function termMatch(term: string, text: string): number {
  if (text.includes(term)) return 1;
  if (!CJK.test(term) || term.length < 3) return 0;
  const grams: string[] = [];
  for (let i = 0; i + 2 <= term.length; i++) grams.push(term.slice(i, i + 2));
  const hits = grams.filter((g) => text.includes(g)).length;
  return hits / grams.length >= 0.5 ? hits / grams.length : 0;
}

function snippetFor(text: string, query: string): string {
  const lower = text.toLowerCase();
  let at = -1;
  let len = 0;
  for (const t of terms(query)) {
    const i = lower.indexOf(t);
    if (i >= 0 && (at < 0 || i < at)) {
      at = i;
      len = t.length;
    }
    if (at < 0 && CJK.test(t)) {
      for (let k = 0; k + 2 <= t.length; k++) {
        const j = lower.indexOf(t.slice(k, k + 2));
        if (j >= 0) {
          at = j;
          len = 2;
          break;
        }
      }
    }
  }
  if (at < 0) return escapeHtml(text.slice(0, 160));
  const start = Math.max(0, at - 70);
  const end = Math.min(text.length, at + len + 90);
  return (
    (start > 0 ? '…' : '') +
    escapeHtml(text.slice(start, at)) +
    '<em>' +
    escapeHtml(text.slice(at, at + len)) +
    '</em>' +
    escapeHtml(text.slice(at + len, end)) +
    (end < text.length ? '…' : '')
  );
}

/** Articles matching the query in the given locale (all locales when the site has none), best first. */
export function searchArticles(index: SearchIndex, query: string, locale: string | null): SearchHit[] {
  const ts = terms(query);
  if (ts.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const article of index.articles) {
    if (locale && article.locale && article.locale !== locale) continue;
    const title = article.title.toLowerCase();
    const text = article.text.toLowerCase();
    let score = 0;
    let matched = 0;
    for (const t of ts) {
      const inTitle = termMatch(t, title);
      const inText = termMatch(t, text);
      if (inTitle + inText > 0) matched++;
      score += 3 * inTitle + inText;
    }
    // Half the query's terms must appear, so "how do I …" alone matches nothing.
    if (matched === 0 || matched < Math.ceil(ts.length / 2)) continue;
    hits.push({ article, score, snippet: snippetFor(article.text, query) });
  }
  return hits.sort((a, b) => b.score - a.score || a.article.path.localeCompare(b.article.path));
}

/**
 * Fills a search-results template: `{{search:query}}`, `{{search:count}}`, one
 * `<!--item-->…<!--/item-->` block repeated per hit (with `{{result:url}}`,
 * `{{result:title}}`, `{{result:snippet}}`, `{{result:datetime}}`), and a
 * `<!--none-->…<!--/none-->` block kept only when nothing matched.
 */
export function renderSearchPage(template: string, query: string, hits: SearchHit[]): string {
  const item = /<!--item-->([\s\S]*?)<!--\/item-->/.exec(template)?.[1] ?? '';
  const items = hits
    .map((h) =>
      item
        .replaceAll('{{result:url}}', escapeHtml(h.article.path))
        .replaceAll('{{result:title}}', escapeHtml(h.article.title))
        .replaceAll('{{result:snippet}}', h.snippet)
        .replaceAll('{{result:datetime}}', h.article.datetime ?? ''),
    )
    .join('');
  return template
    .replace(/<!--item-->[\s\S]*?<!--\/item-->/, items)
    .replace(/<!--none-->([\s\S]*?)<!--\/none-->/, hits.length === 0 ? '$1' : '')
    .replaceAll('{{search:query}}', escapeHtml(query))
    .replaceAll('{{search:count}}', String(hits.length));
}

/** A Zendesk Help Center `articles/search.json` body (shape of the real one in shared/real-samples). */
export function zendeskSearchJson(hits: SearchHit[], baseUrl: string, locale: string): Record<string, unknown> {
  const results = hits.slice(0, 25).map((h, i) => ({
    id: h.article.id === null ? null : Number(h.article.id),
    url: `${baseUrl}/api/v2/help_center/${h.article.locale ?? locale}/articles/${h.article.id}.json`,
    html_url: `${baseUrl}${h.article.path}`,
    author_id: 381200457611,
    comments_disabled: true,
    draft: false,
    promoted: i === 0,
    position: 0,
    vote_sum: 0,
    vote_count: 0,
    section_id: h.article.sectionId === null ? null : Number(h.article.sectionId),
    created_at: h.article.datetime,
    updated_at: h.article.datetime,
    name: h.article.title,
    title: h.article.title,
    source_locale: 'en-us',
    locale: h.article.locale ?? locale,
    outdated: false,
    outdated_locales: [],
    edited_at: h.article.datetime,
    user_segment_id: null,
    permission_group_id: 1620571,
    content_tag_ids: [],
    label_names: [],
    snippet: h.snippet,
    result_type: 'article',
  }));
  return {
    count: results.length,
    next_page: null,
    page: 1,
    page_count: results.length > 0 ? 1 : 0,
    per_page: 25,
    previous_page: null,
    results,
  };
}
