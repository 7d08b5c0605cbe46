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

/** The terminal table's options from the common ones (a reasons count of 0 means the default). */
export function tableOptions(o: RenderOptions): { color: boolean; reasonsPerCriterion?: number } {
  return { color: o.color, ...(o.reasonsPerCriterion ? { reasonsPerCriterion: o.reasonsPerCriterion } : {}) };
}

/** Each format's renderer, imported on first use. */
const IMPORTERS: Record<ReportFormat, () => Promise<Renderer>> = {
  table: async () => {
    const { renderTable } = await import('./table.js');
    return (r, o) => renderTable(r, tableOptions(o));
  },
  markdown: async () => (await import('./markdown.js')).renderMarkdown,
  json: async () => (await import('./json.js')).renderJson,
  csv: async () => (await import('./csv.js')).renderCsv,
  html: async () => (await import('./html.js')).renderHtml,
};

/** The renderer of one format, importing only its module. */
export function loadRenderer(format: ReportFormat): Promise<Renderer> {
  return IMPORTERS[format]();
}
