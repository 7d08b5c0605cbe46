// TTFB as `inspect` measures it, against curl's time_starttransfer, on a loopback server
// that waits 200 ms before the response headers (target: within 3 %).
import { execFile, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { line, median, requireBuild } from './lib.mjs';

requireBuild();
const { inspect, DEFAULT_PROBE_SETTINGS } = await import('../dist/index.js');
const RUNS = Number(process.env.RUNS ?? 15);
const DELAY_MS = 200;

const body = `<!doctype html><html lang="en"><head><title>Help</title></head><body>${'<p>How to withdraw.</p>'.repeat(200)}</body></html>`;
const server = createServer((req, res) => {
  if (req.url === '/robots.txt') return void res.writeHead(404).end();
  setTimeout(() => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  }, DELAY_MS);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/hc/en-us`;

const curlProbe = spawnSync('curl', ['--version'], { encoding: 'utf8' });
if (curlProbe.status !== 0) {
  console.error('bench/ttfb: curl is not installed; nothing to compare with');
  server.close();
  process.exit(2);
}

// Alternate the two so that any drift of the machine hits both alike.
const ours = [];
const theirs = [];
for (let i = 0; i < RUNS; i++) {
  const r = await inspect(url, DEFAULT_PROBE_SETTINGS);
  if (r.error) throw new Error(`inspect failed: ${r.error.code} ${r.error.message}`);
  ours.push(r.timings.ttfbMs);
  // Asynchronous spawn: the server lives in this process and must keep answering.
  const c = await new Promise((resolve) =>
    execFile('curl', ['-s', '-o', '/dev/null', '-w', '%{time_starttransfer}', url], (err, stdout) => resolve(err ? NaN : Number(stdout) * 1000)),
  );
  theirs.push(c);
}
server.close();

const a = median(ours);
const b = median(theirs);
console.log(`# TTFB against a loopback server that waits ${DELAY_MS} ms (median of ${RUNS})`);
line('supportscope inspect ttfbMs', `${a.toFixed(1)} ms`);
line('curl time_starttransfer', `${b.toFixed(1)} ms`);
line('difference', `${(((a - b) / b) * 100).toFixed(2)} %`, 'within ±3 %');
