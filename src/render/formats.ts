/**
 * Every report format by name, for `report --format` and the demo: one place that maps a
 * format to its renderer, whether it needs the report's history (trends, hour-of-week grid),
 * and the file extension it is usually saved with.
 */
import type { Report } from '../types/report.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderTable } from './table.js';

export const REPORT_FORMATS = ['table', 'markdown', 'json', 'csv', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface RenderOptions {
  /** Colour (the terminal table only). */
  color: boolean;
  /** Reasons per criterion in the terminal table. */
  reasonsPerCriterion?: number;
}

/** Formats that show the trends or the hour-of-week grid: the report must compute them. */
export const NEEDS_HISTORY: ReadonlySet<ReportFormat> = new Set<ReportFormat>(['json', 'html']);

export function isReportFormat(s: string): s is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(s);
}

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
