/**
 * `--since 30d`, `--since 2026-11-01`, `--until 12h`: a duration back from now
 * (s, m, h, d, w) or an ISO 8601 date/time.
 */
import { UsageError } from '../errors.js';

const UNIT_MS: Record<string, number> = { s: 1e3, m: 60e3, h: 3600e3, d: 86400e3, w: 7 * 86400e3 };

export function parseTimeArg(option: string, value: string, now: Date): Date {
  const m = /^(\d+(?:\.\d+)?)\s*([smhdw])$/i.exec(value.trim());
  if (m) return new Date(now.getTime() - Number(m[1]) * UNIT_MS[m[2]!.toLowerCase()]!);
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) {
    const t = Date.parse(value);
    if (Number.isFinite(t)) return new Date(t);
  }
  throw new UsageError(`${option}: expected a duration like 30d, 12h, 2w or an ISO date like 2026-11-01, got "${value}"`, 'E_BAD_TIME');
}
