import type { Evidence } from './span.js';

export type Severity = 'info' | 'warning' | 'error';

/**
 * What a stage or signal reports about a report, lint-style: which rule, which message, and the
 * exact words behind it. Cross-report findings keep the other reports' spans in `related`.
 */
export interface Finding {
  ruleId: string;
  messageId: string;
  message: string;
  severity: Severity;
  docId: string;
  evidence: Evidence[];
  related?: Evidence[];
  data?: Record<string, unknown>;
}
