/** Markdown renderer: escaping of exchange-supplied text, `?` for null, rank order, empty reports. */
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/markdown.js';
import { mdHtmlText, mdText } from '../../src/render/markdownText.js';
import { criteria, exchange, loadSample, report } from './reports.js';

/** The cells of a Markdown table row, split on unescaped pipes (as GFM does). */
function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

describe('mdText', () => {
  it('escapes pipes so a name cannot add table columns', () => {
    expect(mdText('| pipes |')).toBe('\\| pipes \\|');
    expect(cells(`| ${mdText('a | b | c')} | 2 |`)).toHaveLength(2);
  });

  it('escapes backticks, emphasis, brackets, tildes and dollars', () => {
    expect(mdText('`code`')).toBe('\\`code\\`');
    expect(mdText('*bold* _it_')).toBe('\\*bold\\* \\_it\\_');
    expect(mdText('[x](javascript:alert(1))')).toBe('\\[x\\](javascript:alert(1))');
    expect(mdText('![img](http://a/b.png)')).toBe('!\\[img\\](http&#58;//a/b.png)');
    expect(mdText('~~gone~~ $x$')).toBe('\\~\\~gone\\~\\~ \\$x\\$');
    expect(mdText('a\\b')).toBe('a\\\\b');
  });

  it('turns HTML into entities', () => {
    expect(mdText('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mdText('Tom & Jerry &amp;')).toBe('Tom &amp; Jerry &amp;amp;');
    expect(mdText('<https://evil.example>')).not.toContain('<');
  });

  it('escapes a leading heading, quote, list or numbering marker', () => {
    expect(mdText('# Title')).toBe('\\# Title');
    expect(mdText('#1 exchange')).toBe('\\#1 exchange');
    expect(mdText('> quoted')).toBe('&gt; quoted');
    expect(mdText('- item')).toBe('\\- item');
    expect(mdText('+ item')).toBe('\\+ item');
    expect(mdText('1. first')).toBe('1\\. first');
    expect(mdText('=SUM(A1)')).toBe('\\=SUM(A1)');
    // Not markers: left as they are.
    expect(mdText('8.6 / 10')).toBe('8.6 / 10');
    expect(mdText('-5 points')).toBe('-5 points');
    expect(mdText('C# and F#')).toBe('C# and F#');
  });

  it('removes control characters and bidi overrides, folds line breaks', () => {
    expect(mdText('a\u0000b\u0007c\u001b[31md\u009b')).toBe('abc\\[31md');
    expect(mdText('line1\nline2\r\n\tline3')).toBe('line1 line2 line3');
    expect(mdText('evil\u202eexe.txt')).toBe('evilexe.txt');
    expect(mdText('\n# hidden heading')).toBe('\\# hidden heading');
  });

  it('breaks autolinks and mentions', () => {
    expect(mdText('see https://phish.example/login')).toBe('see https&#58;//phish.example/login');
    expect(mdText('www.phish.example')).toBe('www&#46;phish.example');
    expect(mdText('@everyone')).toBe('@\u2060everyone');
    expect(mdText('support@x.example')).toBe('support@\u2060x.example');
  });

  it('caps very long fields', () => {
    const t = mdText('a'.repeat(5000), 100);
    expect(t.length).toBeLessThanOrEqual(100);
    expect(t.endsWith('…')).toBe(true);
  });

  it('keeps RTL and CJK text', () => {
    expect(mdText('صرافی سیمرغ')).toBe('صرافی سیمرغ');
    expect(mdText('龙门交易所')).toBe('龙门交易所');
  });

  it('mdHtmlText escapes for raw HTML (a <summary>)', () => {
    expect(mdHtmlText('"a" <b> & \'c\'')).toBe('&quot;a&quot; &lt;b&gt; &amp; &#39;c&#39;');
  });
});

describe('renderMarkdown', () => {
  const sample = loadSample();
  const md = renderMarkdown(sample);

  it('starts with a title and the window and run count', () => {
    const lines = md.split('\n');
    expect(lines[0]).toBe('# Support scorecard');
    expect(lines[2]).toContain('672 runs');
    expect(lines[2]).toContain('2026-10-26 06:00 UTC → 2026-11-25 06:00 UTC');
  });

  it('puts red-flag callouts before the ranking', () => {
    const caution = md.indexOf('> [!CAUTION]');
    expect(caution).toBeGreaterThan(0);
    expect(caution).toBeLessThan(md.indexOf('## Ranking'));
    const block = md.slice(caution, md.indexOf('\n\n', caution));
    expect(block.split('\n').every((l) => l.startsWith('>'))).toBe(true);
    expect(block).toContain('**asks for seed phrase** on email, question lost-2fa-device');
    expect(block).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(md.match(/> \[!CAUTION\]/g)).toHaveLength(1); // one flagged exchange
  });

  it('has no callout when nothing was flagged', () => {
    const clean = structuredClone(sample);
    for (const x of clean.exchanges) x.redFlags = [];
    expect(renderMarkdown(clean)).not.toContain('[!CAUTION]');
  });

  it('ranking table: every row has the header\'s column count, ? for unmeasured', () => {
    const lines = md.split('\n');
    const start = lines.indexOf('## Ranking') + 2;
    const head = cells(lines[start]!);
    expect(head.slice(0, 5)).toEqual(['#', 'Exchange', 'Overall', 'Grade', 'Coverage']);
    expect(head).toHaveLength(15);
    const rows = lines.slice(start + 2, start + 2 + sample.exchanges.length).map(cells);
    for (const r of rows) expect(r).toHaveLength(15);
    const sparse = rows.find((r) => r[1]!.includes('HYPERLINK'))!;
    expect(sparse[0]).toBe('5');
    expect(sparse.slice(6)).toEqual(Array(9).fill('?'));
    expect(sparse[5]).toBe('2.6');
    const aurora = rows[0]!;
    expect(aurora[1]).toBe('Aurora Exchange');
    expect(aurora[2]).toBe('90.9');
    expect(aurora[3]).toBe('A');
    expect(aurora[4]).toBe('91%');
    expect(aurora[14]).toBe('?'); // feedback not measured
  });

  it('no raw HTML or links from exchange strings reach the output', () => {
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('<img');
    expect(md).not.toContain('<iframe');
    expect(md).not.toContain('<a href');
    expect(md).not.toMatch(/(?<!\\)\](\s*)\(javascript:/);
    expect(md).not.toMatch(/https?:\/\//);
    // eslint-disable-next-line no-control-regex
    expect(md).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    // The only raw HTML is ours: details/summary/sub.
    const tags = new Set([...md.matchAll(/<\/?([a-zA-Z]+)/g)].map((m) => m[1]));
    expect([...tags].sort()).toEqual(['details', 'sub', 'summary']);
  });

  it('folds every reason and the evidence into <details> per exchange', () => {
    expect(md.match(/<details>/g)).toHaveLength(sample.exchanges.length);
    expect(md.match(/<\/details>/g)).toHaveLength(sample.exchanges.length);
    expect(md).toContain('<summary>Every reason, the evidence, channels and failures for Longmen &quot;Dragon Gate&quot; | 龙门交易所 |</summary>');
    expect(md).toContain('- evidence: probes 672 · ok 669 · failed 3');
    expect(md).toContain('| Help-center search | searches 50, failed 0, with results 47, answered 45, mean answer grade 7.8 / 10 |');
    expect(md).toContain('| Help-center search | not measured |');
    expect(md).toContain('**Failures:** connection\\_refused × 22, timeout × 12, tls\\_error × 3.');
  });

  it('lists exchanges by rank whatever the order in the report, unranked last', () => {
    const r = report([
      exchange({ id: 'c', name: 'Charlie', rank: null }),
      exchange({ id: 'b', name: 'Bravo', rank: 2, overall: 60, grade: 'C', coverage: 0.5, criteria: criteria({ availability: 6 }) }),
      exchange({ id: 'a', name: 'Alpha', rank: 1, overall: 80, grade: 'B', coverage: 0.5, criteria: criteria({ availability: 8 }) }),
    ]);
    const out = renderMarkdown(r);
    const order = ['### 1. Alpha', '### 2. Bravo', '### Unranked Charlie'].map((h) => out.indexOf(h));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const rows = out.split('\n').filter((l) => /^\| (\d|–) \|/.test(l)).map((l) => cells(l)[1]);
    expect(rows).toEqual(['Alpha', 'Bravo', 'Charlie']);
    expect(out).toContain('| – | Charlie | ? | ? | 0% |');
  });

  it('a report with no exchange says how to get data', () => {
    const out = renderMarkdown(report([]));
    expect(out).toContain('# Support scorecard');
    expect(out).toContain('No observations in the window');
    expect(out).not.toContain('## Ranking');
    expect(out.endsWith('\n')).toBe(true);
    expect(out.endsWith('\n\n')).toBe(false);
  });
});
