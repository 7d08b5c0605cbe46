import Table from 'cli-table3';
import { listQuestions } from '../../api/questions.js';
import type { Context } from '../context.js';

/** `supportscope questions [--json]`: the question bank the grader and the search probe use. */
export async function questionsCommand(ctx: Context, opts: { json?: boolean }): Promise<number> {
  const bank = listQuestions();
  if (opts.json) {
    ctx.out(`${JSON.stringify(bank, null, 2)}\n`);
    return 0;
  }
  const table = new Table({
    head: ['id', 'title', 'languages', 'concepts'],
    style: { head: ctx.color ? ['bold'] : [], border: ctx.color ? ['grey'] : [], compact: true },
    wordWrap: true,
    colWidths: [null, 36, 22, 48] as unknown as number[],
  });
  for (const q of bank) {
    const concepts = q.concepts.map((c) => (c.weight >= 2 ? `${c.label} (essential)` : c.label)).join('; ');
    table.push([q.id, q.title, Object.keys(q.languages).join(', '), concepts]);
  }
  ctx.out(`${table.toString()}\n`);
  ctx.log(`${bank.length} questions; grade a reply with: supportscope grade --question <id> --answer-file <file>`);
  return 0;
}
