/** Report -> JSON (CONTRACT.md). Stable key order, two-space indent, trailing newline. */
import type { Report } from '../types/report.js';

export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
