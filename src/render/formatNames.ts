/**
 * Report format names, and each format's renderer loaded on demand: a CLI call that writes
 * JSON need not load the HTML, table and CSV renderers (and chalk and cli-table3 with them).
 * formats.ts has the same renderers loaded up front, for the library API.
 */
import type { Report } from '../types/report.js';

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

export type Renderer = (report: Report, opts: RenderOptions) => string;

/** The renderer of one format, importing only its module. */
export async function loadRenderer(format: ReportFormat): Promise<Renderer> {
  switch (format) {
    case 'table': {
      const { renderTable } = await import('./table.js');
      return (r, o) => renderTable(r, { color: o.color, ...(o.reasonsPerCriterion ? { reasonsPerCriterion: o.reasonsPerCriterion } : {}) });
    }
    case 'markdown': {
      const { renderMarkdown } = await import('./markdown.js');
      return (r) => renderMarkdown(r);
    }
    case 'json': {
      const { renderJson } = await import('./json.js');
      return (r) => renderJson(r);
    }
    case 'csv': {
      const { renderCsv } = await import('./csv.js');
      return (r) => renderCsv(r);
    }
    case 'html': {
      const { renderHtml } = await import('./html.js');
      return (r) => renderHtml(r);
    }
  }
}
