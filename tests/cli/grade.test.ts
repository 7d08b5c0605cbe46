/**
 * `supportscope grade` and `supportscope questions` (CONTRACT.md), spawned from the built binary.
 * Run `npm run build` first (npm test does).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli, type CliResult } from '../helpers/cli.js';
import { QUESTION_IDS } from '../../src/types/knowledge.js';

let dir: string;
const GOOD = `Hi,

1. Log in and open Profile → Security.
2. Click "Enable" next to Authenticator App and scan the QR code with Google Authenticator.
3. Save the backup codes somewhere offline.

A hardware security key is even safer; SMS is the weakest option. Guide: https://www.aurora-exchange.example/2fa

Best regards,
Aurora Support`;

function runWithStdin(args: string[], input: string | Buffer): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', CI: 'true', SUPPORTSCOPE_DB: '', SUPPORTSCOPE_CONFIG: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('timed out'));
    }, 60_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
    child.stdin.end(input);
  });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ss-grade-'));
  writeFileSync(join(dir, 'good.txt'), GOOD);
  writeFileSync(join(dir, 'redflag.txt'), `${GOOD}\n\nTo finish, please send us the 6-digit code from your authenticator app.`);
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x48, 0x6f, 0x6c, 0x61, 0x20, 0xf1, 0xe9, 0x0a]));
  writeFileSync(join(dir, 'empty.txt'), '');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('grade', () => {
  it('--json prints exactly the Grade object and exits 0', async () => {
    const r = await runCli(['grade', '--question', 'enable-2fa', '--answer-file', join(dir, 'good.txt'), '--lang', 'en', '--domain', 'aurora-exchange.example', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const g = JSON.parse(r.stdout);
    expect(g).toMatchObject({ question: 'enable-2fa', lang: 'en', answerLang: 'en', languageMatch: true, substantive: true, autoAck: false, redFlags: [] });
    for (const k of ['score', 'covered', 'missing', 'reasons', 'matches', 'specificity', 'offTopic', 'complaint', 'rubricLang', 'graderVersion']) expect(g).toHaveProperty(k);
    expect(g.score).toBeGreaterThanOrEqual(7);
    expect(g.specificity.officialLinks).toEqual(['https://www.aurora-exchange.example/2fa']);
  });

  it('prints score, verdict, covered/missing and reasons as text', async () => {
    const r = await runCli(['grade', '--question', 'enable-2fa', '--answer-file', join(dir, 'good.txt'), '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^score\s+\d+\.\d \/ 10\s+good/m);
    expect(r.stdout).toMatch(/^covered\s+.*authenticator app/m);
    expect(r.stdout).toMatch(/^missing\s+/m);
    expect(r.stdout).toMatch(/^reasons\n\s+- covers /m);
  });

  it('reads the reply from stdin with "-"', async () => {
    const r = await runWithStdin(['grade', '--question', 'enable-2fa', '--answer-file', '-', '--lang', 'en', '--json'], GOOD);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).score).toBeGreaterThanOrEqual(7);
  });

  it('a red flag prints a loud line and still exits 0', async () => {
    const r = await runCli(['grade', '--question', 'enable-2fa', '--answer-file', join(dir, 'redflag.txt'), '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^RED FLAG\s+asks-for-2fa-code: /m);
    expect(r.stdout).toMatch(/^score\s+\d\.\d \/ 10\s+RED FLAG/m);
  });

  it('an empty file is graded 0', async () => {
    const r = await runCli(['grade', '--question', 'enable-2fa', '--answer-file', join(dir, 'empty.txt'), '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ score: 0, reasons: ['empty reply'] });
  });

  it.each([
    [['--question', 'nope', '--answer-file', 'good.txt'], /unknown question "nope": expected one of .*enable-2fa/],
    [['--question', 'enable-2fa', '--answer-file', 'missing.txt'], /--answer-file missing\.txt: no such file/],
    [['--question', 'enable-2fa', '--answer-file', 'latin1.txt'], /latin1\.txt: expected UTF-8 text/],
    [['--question', 'enable-2fa', '--answer-file', 'good.txt', '--lang', 'english'], /language "english": expected a language code/],
    [['--question', 'enable-2fa', '--answer-file', 'good.txt', '--domain', 'not a domain'], /expected a host name/],
    [['--question', 'enable-2fa', '--answer-file', '.'], /expected a file, got a directory/],
    [['--answer-file', 'good.txt'], /--question <id> is required/],
    [['--question', 'enable-2fa'], /--answer-file <file> is required/],
  ])('exits 2 on bad input %j', async (args, message) => {
    const r = await runCli(['grade', ...args], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('accepts a regional language tag and Traditional Chinese', async () => {
    writeFileSync(join(dir, 'hant.txt'), '您好，請至「個人中心」>「安全設定」綁定谷歌驗證器，掃描 QR Code 並輸入 6 位數驗證碼，並妥善保存備份金鑰。簡訊驗證的安全性較低。');
    const r = await runCli(['grade', '--question', 'enable-2fa', '--answer-file', 'hant.txt', '--lang', 'zh-TW', '--json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ lang: 'zh-Hant', answerLang: 'zh-Hant', languageMatch: true, rubricLang: 'zh-Hant' });
  });
});

describe('questions', () => {
  it('--json lists the bank with every language\'s question and query', async () => {
    const r = await runCli(['questions', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const bank = JSON.parse(r.stdout);
    expect(bank.map((q: { id: string }) => q.id)).toEqual([...QUESTION_IDS]);
    for (const q of bank) {
      expect(q.title).toBeTruthy();
      expect(q.topic).toBeTruthy();
      expect(q.concepts.length).toBeGreaterThan(0);
      for (const l of ['en', 'zh', 'zh-Hant', 'ru', 'fa', 'ko', 'es', 'tr', 'ja']) {
        expect(q.languages[l].question).toBeTruthy();
        expect(q.languages[l].query).toBeTruthy();
      }
    }
    expect(bank.find((q: { id: string }) => q.id === 'account-frozen-complaint').complaint).toBe(true);
  });

  it('prints a table of ids, titles, languages and concepts', async () => {
    const r = await runCli(['questions']);
    expect(r.code, r.stderr).toBe(0);
    for (const id of QUESTION_IDS) expect(r.stdout).toContain(id);
    expect(r.stdout).toContain('zh-Hant');
    expect(r.stdout).toContain('where in settings (essential)');
    expect(r.stderr).toMatch(/^10 questions; grade a reply with/m);
  });

  it('appears in --help', async () => {
    const r = await runCli(['--help']);
    expect(r.stdout).toMatch(/^\s+questions\b/m);
    expect(r.stdout).toMatch(/^\s+grade\b/m);
  });
});
