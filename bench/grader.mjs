// The answer grader against human labels: fixtures/replies/*.json (see fixtures/replies/README.md).
// Prints Spearman's rank correlation between the labels and the grader's scores (overall and per
// language), the mean absolute error, the worst disagreements and the time per reply.
// A benchmark, not a test: the labels were written before the grader was run on them; do not tune
// the grader to individual replies. `npm run build && node bench/grader.mjs [--all] [--dir <path>]`
// (--dir: another folder of labelled replies, e.g. fixtures/replies-holdout; default fixtures/replies)
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT, line, median, requireBuild } from './lib.mjs';

requireBuild();
const { grade } = await import('../dist/api/grade.js');

const DEFAULT_DOMAINS = ['aurora-exchange.example'];
const dirArg = process.argv.indexOf('--dir');
const dir = dirArg !== -1 && process.argv[dirArg + 1] ? resolve(process.cwd(), process.argv[dirArg + 1]) : join(ROOT, 'fixtures', 'replies');
const items = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({ id: f.replace(/\.json$/, ''), ...JSON.parse(readFileSync(join(dir, f), 'utf8')) }));

/** Ranks with ties averaged (1-based). */
function ranks(xs) {
  const idx = xs.map((x, i) => [x, i]).sort((a, b) => a[0] - b[0]);
  const r = new Array(xs.length);
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j + 1 < idx.length && idx[j + 1][0] === idx[i][0]) j++;
    const avg = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) r[idx[k][1]] = avg;
    i = j + 1;
  }
  return r;
}

function pearson(a, b) {
  const n = a.length;
  const ma = a.reduce((s, x) => s + x, 0) / n;
  const mb = b.reduce((s, x) => s + x, 0) / n;
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < n; i++) {
    num += (a[i] - ma) * (b[i] - mb);
    da += (a[i] - ma) ** 2;
    db += (b[i] - mb) ** 2;
  }
  return da === 0 || db === 0 ? NaN : num / Math.sqrt(da * db);
}

const spearman = (a, b) => (a.length < 3 ? NaN : pearson(ranks(a), ranks(b)));
const fmt = (x) => (Number.isNaN(x) ? '-' : x.toFixed(3));

// Warm up (OpenCC tries, tinyld profiles, regex compilation, per language and question) so the timings are per reply.
const warmUp = [...new Map(items.map((it) => [`${it.lang}/${it.question}`, it])).values()];
for (const it of warmUp) grade({ question: it.question, answerText: it.reply, lang: it.lang, officialDomains: it.officialDomains ?? DEFAULT_DOMAINS });

const results = [];
for (const it of items) {
  const t0 = performance.now();
  const g = grade({ question: it.question, answerText: it.reply, lang: it.lang, officialDomains: it.officialDomains ?? DEFAULT_DOMAINS });
  const ms = performance.now() - t0;
  results.push({ ...it, score: g.score, ms, grade: g });
}

const labels = results.map((r) => r.label);
const scores = results.map((r) => r.score);
const mae = results.reduce((s, r) => s + Math.abs(r.label - r.score), 0) / results.length;

console.log(`grader benchmark: ${results.length} labelled replies (${new Set(results.map((r) => r.question)).size} questions, ${new Set(results.map((r) => r.lang)).size} languages)`);
line("Spearman's rho, labels vs scores (all)", fmt(spearman(labels, scores)));
line('mean absolute error (points of 10)', mae.toFixed(2));
line('median grading time per reply (ms)', median(results.map((r) => r.ms)).toFixed(2), '< 5 ms for 2 KB');
const slowest = results.reduce((a, b) => (b.ms > a.ms ? b : a));
line(`slowest reply (ms): ${slowest.id}`, slowest.ms.toFixed(2));

console.log('\nper language                 n   spearman   MAE');
const langs = [...new Set(results.map((r) => r.lang))].sort();
for (const l of langs) {
  const rs = results.filter((r) => r.lang === l);
  const m = rs.reduce((s, r) => s + Math.abs(r.label - r.score), 0) / rs.length;
  console.log(`  ${l.padEnd(24)} ${String(rs.length).padStart(3)}   ${fmt(spearman(rs.map((r) => r.label), rs.map((r) => r.score))).padStart(8)}   ${m.toFixed(2)}`);
}

console.log('\nper question                 n   spearman   MAE');
for (const q of [...new Set(results.map((r) => r.question))].sort()) {
  const rs = results.filter((r) => r.question === q);
  const m = rs.reduce((s, r) => s + Math.abs(r.label - r.score), 0) / rs.length;
  console.log(`  ${q.padEnd(24)} ${String(rs.length).padStart(3)}   ${fmt(spearman(rs.map((r) => r.label), rs.map((r) => r.score))).padStart(8)}   ${m.toFixed(2)}`);
}

const all = process.argv.includes('--all');
const worst = [...results].sort((a, b) => Math.abs(b.label - b.score) - Math.abs(a.label - a.score)).slice(0, all ? results.length : 12);
console.log(`\n${all ? 'all replies' : 'worst disagreements'} (label vs score):`);
for (const r of worst) {
  console.log(`  ${r.id.padEnd(42)} label ${String(r.label).padStart(4)}  score ${r.score.toFixed(1).padStart(4)}  ${r.note}`);
  console.log(`      ${r.grade.reasons.slice(0, 4).join(' | ')}`);
}
