import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { ApiError, type ValidationIssue } from './api-error.js';
import type { JsonSchema } from './schemas.js';

/** Request parts and where they sit, for messages. */
export type Part = ValidationIssue['in'];

// Path and query values arrive as strings: coerced to the schema's types, defaults filled in.
const stringParts = new Ajv2020({ coerceTypes: true, useDefaults: true, allErrors: true, strict: true, strictRequired: false, verbose: true });
// Bodies are JSON already: no coercion, so `"limit": "5"` stays the mistake it is.
const jsonBodies = new Ajv2020({ useDefaults: true, allErrors: true, strict: true, strictRequired: false, verbose: true });

/** Checks one request part against its schema; the value may be completed with defaults. */
export type PartValidator = (value: unknown) => void;

function messageOf(e: ErrorObject, part: Part): ValidationIssue {
  const field = e.instancePath === '' ? '' : e.instancePath.slice(1).replace(/\//g, '.');
  let message: string;
  if (e.keyword === 'additionalProperties') {
    const extra = String((e.params as { additionalProperty?: unknown }).additionalProperty);
    message = part === 'query' ? `unknown query parameter "${extra}"` : `unknown field "${extra}"${field ? ` in ${field}` : ''}`;
  } else if (e.keyword === 'required') {
    const missing = String((e.params as { missingProperty?: unknown }).missingProperty);
    message = part === 'query' ? `query parameter "${missing}" is required` : `field "${missing}" is required${field ? ` in ${field}` : ''}`;
  } else {
    const what = part === 'query' ? `query parameter "${field}"` : part === 'path' ? `path parameter "${field}"` : field ? `field "${field}"` : 'the body';
    message = `${what} ${e.message ?? 'is not valid'}`;
  }
  return { in: part, path: e.instancePath, message };
}

/** `anyOf` of `required` alternatives reads as "needs one of …"; other `anyOf` keep ajv's words. */
function anyOfIssue(e: ErrorObject, part: Part): ValidationIssue {
  const branches = Array.isArray(e.schema) ? (e.schema as { required?: unknown }[]) : [];
  const names = branches.flatMap((b) => (Array.isArray(b.required) && b.required.length === 1 ? [`"${String(b.required[0])}"`] : []));
  const what = part === 'body' ? 'the body' : `the ${part}`;
  const message = names.length === branches.length && names.length > 0 ? `${what} needs ${names.join(' or ')}` : `${what} ${e.message ?? 'is not valid'}`;
  return { in: part, path: e.instancePath, message };
}

/** Readable issues, one per distinct message. */
function issuesOf(errors: readonly ErrorObject[], part: Part): ValidationIssue[] {
  const seen = new Set<string>();
  const out: ValidationIssue[] = [];
  for (const e of errors) {
    const issue = e.keyword === 'anyOf' ? anyOfIssue(e, part) : messageOf(e, part);
    if (!seen.has(issue.message)) {
      seen.add(issue.message);
      out.push(issue);
    }
  }
  return out;
}

/** The error a failed check answers with: 400, the first issue as message, all of them as details. */
export function validationError(issues: ValidationIssue[]): ApiError {
  return new ApiError(400, 'CRB_ERR_API_VALIDATION', issues[0]?.message ?? 'the request is not valid', {}, issues);
}

/** Compiles a schema once, at start-up, into a checker that throws a coded 400 on a bad request. */
export function compilePart(schema: JsonSchema, part: Part): PartValidator {
  const validate: ValidateFunction = (part === 'body' ? jsonBodies : stringParts).compile(schema);
  return (value) => {
    if (!validate(value)) {
      // anyOf reports each branch's own failure before its summary; the summary says what is meant.
      const errors = (validate.errors ?? []).filter((e) => !/\/anyOf\/\d+\//.test(e.schemaPath));
      throw validationError(issuesOf(errors, part));
    }
  };
}
