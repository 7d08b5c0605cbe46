import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Chalk } from 'chalk';
import { UsageError } from '../../errors.js';
import { checkGradeOptions, grade } from '../../api/grade.js';
import { terminalText } from '../../render/terminalText.js';
import type { Grade } from '../../types/knowledge.js';
import type { Context } from '../context.js';

/** Largest answer file read (a reply is a few kilobytes; the grader reads at most 1 MB of it anyway). */
const MAX_ANSWER_BYTES = 16 * 1024 * 1024;

export interface GradeCommandOptions {
  question?: string;
  answerFile?: string;
  lang?: string;
  json?: boolean;
  domain?: string[];
}

function decodeUtf8(buf: Buffer, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf).replace(/^\uFEFF/, '');
  } catch {
    throw new UsageError(`--answer-file ${name}: expected UTF-8 text, the file is not valid UTF-8`, 'E_ENCODING');
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += b.length;
    if (size > MAX_ANSWER_BYTES) throw new UsageError(`--answer-file -: stdin is larger than ${MAX_ANSWER_BYTES / 1024 / 1024} MB`, 'E_TOO_LARGE');
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

function readAnswerFile(file: string, cwd: string): Buffer {
  const path = resolve(cwd, file);
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new UsageError(`--answer-file ${file}: expected a file, got a directory`, 'E_INPUT');
    size = st.size;
  } catch (err) {
    if (err instanceof UsageError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`--answer-file ${file}: ${code === 'ENOENT' ? 'no such file' : `cannot read it (${code ?? 'error'})`}`, 'E_INPUT');
  }
  if (size > MAX_ANSWER_BYTES) throw new UsageError(`--answer-file ${file}: larger than ${MAX_ANSWER_BYTES / 1024 / 1024} MB`, 'E_TOO_LARGE');
  try {
    return readFileSync(path);
  } catch (err) {
    throw new UsageError(`--answer-file ${file}: cannot read it (${(err as NodeJS.ErrnoException).code ?? 'error'})`, 'E_INPUT');
  }
}

/** "good", "partial", "poor", or what overrides the score. */
export function verdictOf(g: Grade): string {
  if (g.redFlags.length > 0) return 'RED FLAG';
  if (g.reasons[0]?.startsWith('empty reply')) return 'empty';
  if (g.autoAck) return 'auto-acknowledgement';
  if (g.offTopic) return 'off-topic';
  if (g.score >= 7) return 'good';
  if (g.score >= 3) return 'partial';
  return 'poor';
}

function renderGrade(g: Grade, color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const verdict = verdictOf(g);
  const paint = g.redFlags.length > 0 ? c.red.bold : g.score >= 7 ? c.green : g.score >= 3 ? c.yellow : c.red;
  const lang =
    g.answerLang === null
      ? `asked ${g.lang} · answer language not judged`
      : `asked ${g.lang} · answered ${g.answerLang}${g.languageMatch === null ? '' : g.languageMatch ? ' · match' : ' · MISMATCH'}`;
  const lines = [
    `question     ${g.question}`,
    `score        ${paint(`${g.score.toFixed(1)} / 10`)}  ${paint(verdict)}${g.substantive ? '' : ' (not substantive)'}`,
    `language     ${lang} (rubric ${g.rubricLang})`,
    `covered      ${g.covered.length ? g.covered.map(terminalText).join(', ') : '-'}`,
    `missing      ${g.missing.length ? g.missing.map(terminalText).join(', ') : '-'}`,
  ];
  for (const f of g.redFlags) lines.push(c.red.bold(`RED FLAG     ${f.kind}: ${terminalText(f.evidence)}`));
  lines.push('reasons');
  for (const r of g.reasons) lines.push(`  - ${terminalText(r)}`);
  return `${lines.join('\n')}\n`;
}

/** `supportscope grade --question <id> --answer-file <file|-> [--lang <xx>] [--json] [--domain <d>]...` */
export async function gradeCommand(ctx: Context, opts: GradeCommandOptions): Promise<number> {
  if (!opts.question) throw new UsageError('grade: --question <id> is required (see: supportscope questions)');
  if (!opts.answerFile) throw new UsageError('grade: --answer-file <file> is required ("-" reads stdin)');
  // Validate the cheap options before reading anything.
  checkGradeOptions({ question: opts.question, ...(opts.lang !== undefined ? { lang: opts.lang } : {}), officialDomains: opts.domain ?? [] });
  const name = opts.answerFile === '-' ? '-' : opts.answerFile;
  const buf = opts.answerFile === '-' ? await readStdin() : readAnswerFile(opts.answerFile, ctx.io.cwd);
  const text = decodeUtf8(buf, name);
  const g = grade({ question: opts.question, answerText: text, ...(opts.lang !== undefined ? { lang: opts.lang } : {}), officialDomains: opts.domain ?? [] });
  ctx.out(opts.json ? `${JSON.stringify(g, null, 2)}\n` : renderGrade(g, ctx.color));
  return 0;
}
