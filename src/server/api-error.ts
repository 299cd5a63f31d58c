import type { ErrorCode } from '../core/errors.js';

/** One schema violation: where in the request, which field, what is wrong. */
export interface ValidationIssue {
  in: 'path' | 'query' | 'body';
  /** JSON Pointer into that part (`/limit`, `/title`); empty for the part as a whole. */
  path: string;
  message: string;
}

/** The one error shape every route answers with. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: ValidationIssue[] };
}

/** A failure with its HTTP status and stable code; the app's error boundary turns it into a response. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
    readonly details?: ValidationIssue[],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  body(): ErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.details === undefined ? {} : { details: this.details }) } };
  }
}

/** HTTP status for a catalogue error raised below the API (store, ingest); input problems are 422. */
export function statusOfCode(code: ErrorCode): number {
  switch (code) {
    case 'CRB_ERR_STORE_NOT_FOUND':
    case 'CRB_ERR_STORY_NOT_FOUND':
      return 404;
    case 'CRB_ERR_INGEST_TOO_LARGE':
      return 413;
    case 'CRB_ERR_STORE_CONFLICT':
      return 409;
    case 'CRB_ERR_STORE_OPEN':
    case 'CRB_ERR_ANALYZE_FAILED':
      return 500;
    case 'CRB_ERR_API_UNAVAILABLE':
      return 503;
    default:
      return code.startsWith('CRB_ERR_API_') ? 400 : 422;
  }
}
