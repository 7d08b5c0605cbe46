/**
 * The text a reader sees on the page: body text without scripts, styles, templates,
 * hidden elements and markup.
 *
 * Why it matters: language detection, plain-text e-mail/phone finding, visible
 * "Updated …" dates and the word count must look at what a user reads, never at a
 * JSON blob inside a <script> (every Zendesk page carries one full of URLs and
 * strings that are not content).
 */
import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { collapseWhitespace } from './normalize.js';

/** Elements whose content is never shown as text. */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'head',
  'title', 'meta', 'link', 'audio', 'video',
]);

/** Elements that break words apart (a browser renders a line or cell boundary). */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr',
  'ul', 'option', 'select', 'button', 'label', 'input', 'textarea', 'img', 'time', 'menu', 'caption', 'body',
]);

/** Hard cap on collected characters; a page beyond this is not read further. */
const MAX_CHARS = 2_000_000;

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

function isHidden(el: Element): boolean {
  const a = el.attribs;
  if (a['hidden'] !== undefined) return true;
  if (el.name === 'input' && (a['type'] ?? '').toLowerCase() === 'hidden') return true;
  const style = a['style'];
  return style !== undefined && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i.test(style);
}

/**
 * Visible text of `root` (default: the whole document), words separated by single
 * spaces at element boundaries that a browser would render as breaks. Iterative, so
 * deeply nested hostile markup cannot overflow the stack.
 */
export function extractVisibleText($: CheerioAPI, root?: AnyNode): string {
  const start: AnyNode[] = root ? [root] : [...$.root().contents()];
  const parts: string[] = [];
  let length = 0;
  // Stack entries: a node to visit, or the marker `null` meaning "a block ended here".
  const stack: (AnyNode | null)[] = start.reverse();
  while (stack.length > 0 && length < MAX_CHARS) {
    const node = stack.pop();
    if (node === null) {
      parts.push(' ');
      continue;
    }
    if (node === undefined) break;
    if (node.type === 'text') {
      parts.push(node.data);
      length += node.data.length;
      continue;
    }
    if (node.type === 'cdata' || node.type === 'comment' || node.type === 'directive') continue;
    if (isElement(node)) {
      if (SKIPPED.has(node.name) || isHidden(node)) continue;
      const block = BLOCK.has(node.name);
      if (block) {
        parts.push(' ');
        stack.push(null);
      }
      if (node.name === 'img') {
        continue;
      }
      for (let i = node.children.length - 1; i >= 0; i--) {
        const child = node.children[i];
        if (child) stack.push(child);
      }
      continue;
    }
    // root / document fragments
    if ('children' in node) {
      const children = (node as { children: AnyNode[] }).children;
      for (let i = children.length - 1; i >= 0; i--) {
        const child = children[i];
        if (child) stack.push(child);
      }
    }
  }
  return collapseWhitespace(parts.join('')).trim();
}
