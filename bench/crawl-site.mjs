// The site for bench/crawl.mjs: a start page linking N articles of ~100 KB each, on loopback.
// Run as a child process so that serving costs the crawler under test nothing.
import { createServer } from 'node:http';

const N = Number(process.env.PAGES ?? 1000);
const para = (i, k) =>
  `<p>Step ${k}: open <a href="/hc/en-us/sections/${k % 7}-Wallet">Wallet</a> → Withdraw, choose the network (TRC20, ERC20 or BEP20) for article ${i}, ` +
  `check the fee and the minimum amount, then confirm with your authenticator code. Withdrawals are processed within 30 minutes; ` +
  `if a withdrawal stays pending, check the txid on a block explorer and the number of confirmations.</p>\n`;
function article(i) {
  const head = `<!DOCTYPE html><html lang="en-US" dir="ltr"><head><meta charset="utf-8"><title>How to withdraw, part ${i} – Bench Help Center</title>` +
    `<link rel="canonical" href="/hc/en-us/articles/${i}"><link rel="alternate" hreflang="zh-cn" href="/hc/zh-cn/articles/${i}"></head><body>` +
    `<header><nav><a href="/hc/en-us">Help Center</a> <a href="/hc/en-us/requests/new">Submit a request</a></nav></header>` +
    `<main><h1>How to withdraw, part ${i}</h1><time datetime="2026-11-${String(1 + (i % 28)).padStart(2, '0')}T08:00:00Z">Nov</time>`;
  let html = head;
  for (let k = 0; html.length < 100_000; k++) html += para(i, k);
  return `${html}</main><footer><a href="https://t.me/bench_help">Telegram</a></footer></body></html>`;
}
const pages = Array.from({ length: N }, (_, i) => Buffer.from(article(i)));
// A help center's shape: the start page links SECTIONS sections, each section lists its articles.
const SECTIONS = 10;
const perSection = Math.ceil(N / SECTIONS);
const listing = (title, links) =>
  Buffer.from(
    `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>${title} – Bench Help Center</title></head><body><h1>${title}</h1><ul>` +
      links.map(([href, text]) => `<li><a href="${href}">${text}</a></li>`).join('') +
      `</ul></body></html>`,
  );
const start = listing('Bench Help Center', Array.from({ length: SECTIONS }, (_, s) => [`/hc/en-us/sections/${s}-Part-${s}`, `Part ${s}`]));
const sections = Array.from({ length: SECTIONS }, (_, s) =>
  listing(`Part ${s}`, Array.from({ length: perSection }, (_, k) => s * perSection + k).filter((i) => i < N).map((i) => [`/hc/en-us/articles/${i}-How-to-withdraw-part-${i}`, `How to withdraw, part ${i}`])),
);
const server = createServer((req, res) => {
  const url = req.url ?? '';
  const article = /^\/hc\/en-us\/articles\/(\d+)/.exec(url);
  const section = /^\/hc\/en-us\/sections\/(\d+)/.exec(url);
  const body = url === '/hc/en-us' ? start : article ? pages[Number(article[1])] : section ? sections[Number(section[1])] : null;
  if (!body) return void res.writeHead(404, { 'content-length': 0 }).end();
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length });
  res.end(body);
});
server.keepAliveTimeout = 30_000;
server.listen(0, '127.0.0.1', () => process.send?.({ url: `http://127.0.0.1:${server.address().port}/hc/en-us`, bytes: pages.reduce((n, p) => n + p.length, 0) }));
process.on('disconnect', () => process.exit(0));
