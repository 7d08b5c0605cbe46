/**
 * The text of a help-center article, as a reader sees its answer: the article body, without
 * the site's header, navigation, footer, sidebars, "related articles", comments and votes.
 *
 * Why it matters (knowledge): the grader judges what the article says. Site chrome repeats on
 * every page ("we will never ask for your password", language menus, "submit a request") and
 * would make every article look like it covers security and speaks every language.
 */
import { load } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';

/** Where platforms put the article body, most specific first (Zendesk, Freshdesk, Intercom, Salesforce, Zoho, Help Scout, generic). */
const BODY_SELECTORS = [
  '[itemprop="articleBody"]',
  '.article-body',
  '#article-body',
  '.article__body',
  '.article-content',
  '.fr-view',
  '.solution-article .article-body',
  '.intercom-interblocks',
  'article .content',
  '.slds-rich-text-editor__output',
  '.KbDetailLtContainer__articleContent',
  '#fullArticle',
  '.article-text',
  'article',
  'main',
  '[role="main"]',
  '#content',
  '.content',
];

/** Chrome inside or around the body that is not the answer. */
const CHROME = [
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'form', 'button', 'select', 'nav', 'header', 'footer', 'aside',
  '[role="navigation"]', '[role="banner"]', '[role="contentinfo"]', '[aria-hidden="true"]', '[hidden]',
  '.breadcrumbs', '.breadcrumb', '.article-votes', '.article-vote', '.article-comments', '.comments', '.related-articles',
  '.article-relatives', '.article-more-questions', '.article-return-to-top', '.share', '.social-share', '.article-subscribe',
  '.sidenav', '.sidebar', '.article-sidebar', '.toc', '.language-selector', '.cookie', '.cookie-banner',
];

/** Articles beyond this many characters are cut (the grader is bounded anyway). */
const MAX_TEXT_CHARS = 200_000;
const MAX_HTML_CHARS = 4_000_000;
const BLOCK = new Set(['p', 'div', 'li', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'section', 'article', 'ol', 'ul', 'dt', 'dd', 'pre', 'blockquote', 'table']);

function textOf(node: AnyNode, out: string[]): void {
  const stack: (AnyNode | null)[] = [node];
  let length = 0;
  while (stack.length > 0 && length < MAX_TEXT_CHARS) {
    const n = stack.pop();
    if (n === null) {
      out.push('\n');
      continue;
    }
    if (n === undefined) break;
    if (n.type === 'text') {
      out.push(n.data);
      length += n.data.length;
      continue;
    }
    if (!('children' in n)) continue;
    const el = n as Element;
    const block = 'name' in el && BLOCK.has(el.name);
    if (block) {
      if (el.name === 'li') out.push('\n- ');
      else out.push('\n');
      stack.push(null);
    }
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  }
}

export interface ArticleText {
  title: string | null;
  /** The answer's text with line breaks at block boundaries. */
  text: string;
  /** Which selector found the body ('body' when none matched). */
  region: string;
}

/** The article's title and body text. Pure; never throws on content. */
export function articleText(html: string): ArticleText {
  const $ = load(html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html, { xml: { xmlMode: false, decodeEntities: true } });
  const title = ($('h1').first().text() || $('title').first().text()).replace(/\s+/g, ' ').trim() || null;
  let region = 'body';
  let root: AnyNode | undefined = $('body').get(0) ?? $.root().get(0);
  for (const sel of BODY_SELECTORS) {
    const found = $(sel).toArray().find((el) => $(el).text().trim().length >= 40);
    if (found) {
      region = sel;
      root = found;
      break;
    }
  }
  const $root = $(root as Element);
  $root.find(CHROME.join(',')).remove();
  const parts: string[] = [];
  if (root) textOf(root as AnyNode, parts);
  const text = parts
    .join('')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n[ \n]*/g, '\n')
    .trim();
  return { title, text, region };
}
