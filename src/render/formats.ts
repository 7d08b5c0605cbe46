/**
 * Every report format by name, for `report --format` and the demo: one place that maps a
 * format to its renderer, whether it needs the report's history (trends, hour-of-week grid),
 * and the file extension it is usually saved with.
 */
import type { Report } from '../types/report.js';
import type { ReportFormat, RenderOptions } from './formatNames.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderTable } from './table.js';

export { REPORT_FORMATS, NEEDS_HISTORY, isReportFormat, loadRenderer } from './formatNames.js';
export type { ReportFormat, RenderOptions, Renderer } from './formatNames.js';

export function renderReport(report: Report, format: ReportFormat, opts: RenderOptions): string {
  switch (format) {
    case 'table':
      return renderTable(report, { color: opts.color, ...(opts.reasonsPerCriterion ? { reasonsPerCriterion: opts.reasonsPerCriterion } : {}) });
    case 'markdown':
      return renderMarkdown(report);
    case 'json':
      return renderJson(report);
    case 'csv':
      return renderCsv(report);
    case 'html':
      return renderHtml(report);
  }
}
