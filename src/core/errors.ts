/**
 * The catalogue of known errors. Each code is listed in docs/errors.md (a test keeps both in
 * sync). A known error is a user's problem and prints one line; anything else is a bug.
 */
export const ERRORS = {
  CRB_ERR_INGEST_NOT_FOUND: 'the input does not exist',
  CRB_ERR_INGEST_EMPTY: 'the input is empty',
  CRB_ERR_INGEST_BINARY: 'the input is binary, not text or HTML',
  CRB_ERR_INGEST_TOO_LARGE: 'the input is larger than the size limit',
  CRB_ERR_INGEST_GZIP: 'the gzip stream is truncated or corrupt',
  CRB_ERR_INGEST_ENCODING: 'the bytes are not valid in any encoding that could be detected',
  CRB_ERR_INGEST_UNSUPPORTED: 'the input type is not supported',
  CRB_ERR_INGEST_NO_TEXT: 'no article text could be found',
  CRB_ERR_INGEST_READ: 'the input exists but cannot be read (permissions or an IO error)',
  CRB_ERR_JSONL_PARSE: 'a JSONL line is not valid JSON',
  CRB_ERR_JSONL_FIELDS: 'a JSONL record lacks `text` or `html`, or a field has the wrong type',
  CRB_ERR_WARC_FORMAT: 'a WARC record is malformed',
  CRB_ERR_FEED_FORMAT: 'the RSS or Atom feed cannot be parsed',
  CRB_ERR_FETCH_TIMEOUT: 'the URL did not answer in time',
  CRB_ERR_FETCH_PRIVATE_ADDRESS: 'the URL resolves to a private, loopback or link-local address',
  CRB_ERR_FETCH_REDIRECTS: 'too many redirects',
  CRB_ERR_FETCH_STATUS: 'the server answered with an error status',
  CRB_ERR_FETCH_FAILED: 'the URL could not be fetched',
  CRB_ERR_FETCH_PROTOCOL: 'only http and https URLs are fetched',
  CRB_ERR_ANALYZE_FAILED: 'a report could not be analysed (a bug: please report it with the input)',
  CRB_ERR_STORE_OPEN: 'the database cannot be opened',
  CRB_ERR_STORE_NOT_FOUND: 'no stored report has that id',
  CRB_ERR_STORE_MISSING: 'no database at that path (commands that only read never create one: run `corroborate analyze` first, or check --db)',
  CRB_ERR_STORE_CONFLICT: 'the cross-report state was saved by another process meanwhile; the batch is reloaded and retried',
  CRB_ERR_STORY_NOT_FOUND: 'no story has that id',
  CRB_ERR_API_VALIDATION: 'a request parameter or body does not match the API schema',
  CRB_ERR_API_UNAUTHORIZED: 'the request lacks the bearer token, or the token is wrong',
  CRB_ERR_API_READ_ONLY: 'the server is read-only (started with --read-only, or with no token): writes are disabled',
  CRB_ERR_API_NOT_FOUND: 'no API route at that path',
  CRB_ERR_API_METHOD: 'the route exists but not with that HTTP method',
  CRB_ERR_API_BODY_TOO_LARGE: 'the request body is larger than the server accepts',
  CRB_ERR_API_MEDIA_TYPE: 'the request body has a content type the route does not take',
  CRB_ERR_API_RATE_LIMITED: 'too many ingest requests from this client: wait the Retry-After seconds',
  CRB_ERR_API_UNAVAILABLE: 'the server cannot take this request now (stopping, or as many event streams open as it keeps): try again later',
  CRB_ERR_API_LISTEN: 'the server cannot listen on that host and port (in use, or not an address of this machine)',
  CRB_ERR_API_INTERNAL: 'the server failed unexpectedly (a bug: please report it)',
  CRB_ERR_CLI_USAGE: 'the command line is not valid',
  CRB_ERR_EVAL_DATA: 'the evaluation data is missing or malformed',
  CRB_ERR_PLACES_READ: 'a places file (--places, CORROBORATE_PLACES) does not exist or cannot be read',
  CRB_ERR_PLACES_FORMAT: 'a line of a places file is not a GeoNames dump line or a `#country XA Name` line',
  CRB_ERR_CORPUS_STATE: 'a saved story-clustering state is malformed or of an unknown version',
} as const;

export type ErrorCode = keyof typeof ERRORS;

/** A known, expected failure: printed as one line, never as a stack trace. */
export class CorroborateError extends Error {
  readonly code: ErrorCode;
  /** The input it concerns (path, URL), with a line number for JSONL. */
  readonly input?: string;
  readonly line?: number;

  constructor(code: ErrorCode, message: string, opts: { input?: string; line?: number; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'CorroborateError';
    this.code = code;
    if (opts.input !== undefined) this.input = opts.input;
    if (opts.line !== undefined) this.line = opts.line;
  }

  /** `input:line: CODE message`, the shape compilers use so editors can jump to it. */
  oneLine(): string {
    const where = this.input === undefined ? '' : `${this.input}${this.line === undefined ? '' : `:${this.line}`}: `;
    return `${where}${this.code} ${this.message}`;
  }
}

export function isCorroborateError(e: unknown): e is CorroborateError {
  return e instanceof CorroborateError;
}
