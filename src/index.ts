/**
 * The library API. The CLI is a thin shell over these functions.
 *
 *   const config = loadConfig({ path: 'supportscope.config.json' });
 *   const store = openSqliteStore('supportscope.db');
 *   await probe({ config, store });
 *   const rep = await report({ config, store, since: new Date(Date.now() - 30 * 864e5) });
 *   console.log(renderTable(rep, { color: false }));
 */
export { probe, PROBE_CHANNELS, type ProbeOptions, type ProbeSummary, type ProbeProgress } from './api/probe.js';
export { report, gatherEvidence, type ReportOptions } from './api/report.js';
export { inspect, type InspectResult } from './api/inspect.js';
export { rejudge, type RejudgeSummary } from './api/rejudge.js';
export { loadConfig, parseConfig, parseConfigText, catalogConfig, CATALOG, DEFAULT_PROBE_SETTINGS, DEFAULT_WEIGHTS } from './config/index.js';
export { openSqliteStore, SqliteStore } from './store/sqlite.js';
export type { Store, TimeWindow } from './store/store.js';
export { buildReport, scoreExchange } from './score/report.js';
export { CRITERIA } from './score/criteria/index.js';
export { renderTable } from './render/table.js';
export { renderJson } from './render/json.js';
export { renderMarkdown } from './render/markdown.js';
export { renderCsv } from './render/csv.js';
export { renderHtml } from './render/html.js';
export { renderReport, REPORT_FORMATS, type ReportFormat } from './render/formats.js';
export { compare, type CompareOptions } from './api/compare.js';
export { runAssertions, evaluateAssertions, type AssertOptions } from './api/assert.js';
export { grade, checkGradeOptions, type GradeOptions } from './api/grade.js';
export { listQuestions, type QuestionSummary } from './api/questions.js';
export { gradeReply, gradeWith, GRADER_VERSION, type GradeReplyInput } from './judge/answer/grade.js';
export { loadBank, getQuestion, rubricFor } from './knowledge/bank.js';
export { judgePage, discoverLinks, PAGE_JUDGE_VERSION } from './judge/page/index.js';
export { summariseHelpCenter } from './judge/helpCenter.js';
export { runDemo, demoConfig } from './demo/demo.js';
export * from './errors.js';
export type * from './types/observation.js';
export type * from './types/facts.js';
export type * from './types/config.js';
export type * from './types/report.js';
export type * from './types/knowledge.js';
export type * from './types/compare.js';
export type * from './types/assert.js';
export { QUESTION_IDS, BANK_LANGUAGES, RED_FLAG_KINDS } from './types/knowledge.js';
export { CRITERION_IDS } from './types/report.js';
export { CHANNEL_IDS, ERROR_CODES } from './types/observation.js';
