import type { Context } from 'hono';
import type { JsonSchema } from './schemas.js';

/** One documented response of a route. */
export interface ResponseSpec {
  description: string;
  /** Body schema; JSON unless `contentType` says otherwise. */
  schema?: JsonSchema;
  contentType?: string;
  headers?: Readonly<Record<string, { description: string; schema: JsonSchema }>>;
}

/** Path and query values after validation, coerced to their schema types with defaults filled in. */
export interface RouteInput {
  params: Record<string, unknown>;
  query: Record<string, unknown>;
}

/**
 * A route as data: the app registers it, validates its parameters with its schemas, and the
 * OpenAPI document is generated from the same object.
 */
export interface RouteSpec {
  method: 'GET' | 'POST';
  /** Path in the router's syntax (`/api/reports/:id`). */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  params?: JsonSchema;
  query?: JsonSchema;
  /** Documentation of the body; the handler reads and checks it (its content types differ). */
  requestBody?: { description: string; content: Readonly<Record<string, JsonSchema>> };
  /** Needs the bearer token, is off in read-only mode, and is rate limited. */
  write?: boolean;
  responses: Readonly<Record<string, ResponseSpec>>;
  handle(c: Context, input: RouteInput): Promise<Response>;
}
