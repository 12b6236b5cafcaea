// The HTML advisory report: re-exports only.
export { renderReportHtml, renderMultilingualHtml, REPORT_DIR, type RenderOptions } from './html.js';
export { buildReportModel, type ReportModel, type ReportOptions } from './model.js';
export { dimensionChart, ladderChart } from './charts.js';
export { loadLabels, readLabelFile, LOCALES_DIR, type Labels } from './locales.js';
export type { CouncilRecord, ParticipationInput, SignedAdvice, CollegeAnswer, AnswerResponse, ReportVariant } from './council.js';
