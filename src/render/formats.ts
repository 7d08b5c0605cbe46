/**
 * Every report format by name, for `report --format` and the demo: one place that maps a
 * format to its renderer, whether it needs the report's history (trends, hour-of-week grid),
 * and the file extension it is usually saved with.
 */
import type { Report } from '../types/report.js';
import { tableOptions, type Renderer, type ReportFormat, type RenderOptions } from './formatNames.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderTable } from './table.js';

export { REPORT_FORMATS, NEEDS_HISTORY, isReportFormat, loadRenderer } from './formatNames.js';
export type { ReportFormat, RenderOptions, Renderer } from './formatNames.js';

const RENDERERS: Record<ReportFormat, Renderer> = {
  table: (r, o) => renderTable(r, tableOptions(o)),
  markdown: renderMarkdown,
  json: renderJson,
  csv: renderCsv,
  html: renderHtml,
};

export function renderReport(report: Report, format: ReportFormat, opts: RenderOptions): string {
  return RENDERERS[format](report, opts);
}
