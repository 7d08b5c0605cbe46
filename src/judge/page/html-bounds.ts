/**
 * Bounds on the markup handed to the HTML parser.
 *
 * Why it matters: every page judge runs on one parse, and the parser (parse5, like
 * the HTML tree builder it implements) spends time proportional to the depth of the
 * open-element stack for each start tag. A hostile page of 200,000 nested <div>s
 * takes minutes to parse, and selector matching on such a tree is just as slow.
 * Browsers cap the tree depth (Blink at 512); this does the same before parsing, with
 * one linear scan: start tags deeper than the cap are dropped (their text stays), and
 * so are the end tags that would close them. Ordinary pages (depth < 100) pass through
 * untouched, and so does anything above the character cap, which is cut off.
 */

/** Characters of HTML judged; the rest of a larger page is not read. */
export const MAX_HTML_CHARS = 8_000_000;
/** Deepest element nesting kept (what Blink's tree builder allows). */
export const MAX_NESTING_DEPTH = 512;

const VOID = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'basefont', 'bgsound', 'frame', 'keygen',
]);
/** Elements whose content is raw text: tags inside them are not tags. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
/** Elements a new sibling of the same kind closes implicitly (<li>a<li>b). */
const SELF_CLOSING_SIBLINGS: Record<string, readonly string[]> = {
  p: ['p'], li: ['li'], dt: ['dt', 'dd'], dd: ['dt', 'dd'], option: ['option'], optgroup: ['optgroup', 'option'],
  tr: ['tr', 'td', 'th'], td: ['td', 'th'], th: ['td', 'th'], rt: ['rt', 'rp'], rp: ['rt', 'rp'],
  thead: ['tbody', 'thead', 'tfoot'], tbody: ['tbody', 'thead', 'tfoot'], tfoot: ['tbody', 'thead', 'tfoot'],
};
/** How far down the stack an end tag looks for its start tag (mis-nested markup). */
const END_TAG_SEARCH = 64;

const TAG = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][\w:-]{0,63})\b[^>]*>/g;

interface Open {
  name: string;
  kept: boolean;
}

/** True when `html` has at least `n` '<' characters (cheap pre-check). */
function hasAtLeastTags(html: string, n: number): boolean {
  let count = 0;
  for (let i = html.indexOf('<'); i !== -1; i = html.indexOf('<', i + 1)) if (++count >= n) return true;
  return false;
}

/** `html` cut to MAX_HTML_CHARS and with nesting deeper than MAX_NESTING_DEPTH flattened. */
export function boundHtml(html: string): string {
  const text = html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html;
  if (!hasAtLeastTags(text, MAX_NESTING_DEPTH)) return text;

  const stack: Open[] = [];
  const pieces: string[] = [];
  let copiedUpTo = 0;
  let dropped = 0;
  const drop = (start: number, end: number): void => {
    pieces.push(text.slice(copiedUpTo, start));
    copiedUpTo = end;
    dropped++;
  };

  TAG.lastIndex = 0;
  for (let m = TAG.exec(text); m !== null; m = TAG.exec(text)) {
    const tagName = m[2];
    if (tagName === undefined) continue; // a comment
    const name = tagName.toLowerCase();
    const start = m.index;
    const end = start + m[0].length;
    if (m[1] === '/') {
      const limit = Math.max(0, stack.length - END_TAG_SEARCH);
      let i = stack.length - 1;
      while (i >= limit && stack[i]?.name !== name) i--;
      if (i < limit) continue; // a stray end tag: the parser ignores it
      const entry = stack[i];
      stack.length = i;
      if (entry && !entry.kept) drop(start, end);
      continue;
    }
    if (VOID.has(name) || m[0].endsWith('/>')) continue;
    const closes = SELF_CLOSING_SIBLINGS[name];
    const top = stack[stack.length - 1];
    if (closes && top && closes.includes(top.name)) stack.pop();
    const kept = stack.length < MAX_NESTING_DEPTH;
    if (RAW_TEXT.has(name)) {
      // Skip to the end tag: what a raw-text element holds is not markup. Too deep, it goes whole.
      const close = new RegExp(`</${name}\\b[^>]*>?`, 'ig');
      close.lastIndex = end;
      const c = close.exec(text);
      if (kept) {
        stack.push({ name, kept });
        TAG.lastIndex = c ? c.index : text.length;
      } else {
        const stop = c ? c.index + c[0].length : text.length;
        drop(start, stop);
        TAG.lastIndex = stop;
      }
      continue;
    }
    stack.push({ name, kept });
    if (!kept) drop(start, end);
  }
  if (dropped === 0) return text;
  pieces.push(text.slice(copiedUpTo));
  return pieces.join('');
}
