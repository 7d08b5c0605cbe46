import { loadConfig } from '../../config/index.js';
import Table from 'cli-table3';
import { terminalText } from '../../render/terminalText.js';
import type { Context } from '../context.js';

export async function exchangesCommand(ctx: Context, opts: { json?: boolean }): Promise<number> {
  const config = loadConfig({ path: ctx.configPath, cwd: ctx.io.cwd, env: ctx.io.env });
  if (opts.json) {
    ctx.out(`${JSON.stringify({ source: config.source, exchanges: config.exchanges }, null, 2)}\n`);
    return 0;
  }
  const table = new Table({
    head: ['id', 'name', 'languages', 'channels'],
    style: { head: ctx.color ? ['bold'] : [], border: ctx.color ? ['grey'] : [], compact: true },
    wordWrap: true,
    colWidths: [null, null, 24, 60] as unknown as number[],
  });
  for (const x of config.exchanges) {
    const ch = x.channels;
    const parts: string[] = [];
    if (ch.helpCenter) parts.push(`help ${ch.helpCenter.url}`);
    if (ch.status) parts.push(`status ${ch.status.url}`);
    if (ch.email) parts.push(`email ${ch.email.address}`);
    if (ch.ticket) parts.push(`ticket ${ch.ticket.url}`);
    if (ch.chat) parts.push(`chat ${ch.chat.url}`);
    if (ch.phone) parts.push(`phone ${ch.phone.number}`);
    if (ch.social) parts.push(`social ${Object.keys(ch.social).join(', ')}`);
    table.push([x.id, terminalText(x.name), (x.languages ?? []).join(', '), parts.map(terminalText).join('\n')]);
  }
  ctx.out(`${table.toString()}\n`);
  ctx.log(`${config.exchanges.length} exchanges from ${config.source}`);
  return 0;
}
