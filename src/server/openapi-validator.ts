import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import type { OpenApiDocument } from './openapi.js';

/** Checks a real response against what the OpenAPI document promises for it. */
export type ResponseCheck = (res: { method: string; path: string; status: number; contentType: string | null; body: unknown }) => string[];

/** Escapes one JSON Pointer token and makes it safe inside a URI fragment. */
const pointerToken = (s: string): string => encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1'));

/** `/api/reports/{id}` as a regular expression over request paths. */
function templatePattern(template: string): RegExp {
  const escaped = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
  return new RegExp(`^${escaped}$`);
}

/**
 * Builds a checker from an OpenAPI 3.1 document: it finds the operation a request path and method
 * map to, the response documented for the status, and validates the body with the documented
 * schema (JSON Schema 2020-12, `$ref`s into the document resolved). An undocumented path, method,
 * status or content type is an error too.
 */
export function createResponseCheck(doc: OpenApiDocument): ResponseCheck {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema(doc as unknown as Record<string, unknown>, 'openapi.json');
  const templates = Object.keys(doc.paths).map((t) => ({ t, re: templatePattern(t) }));
  const compiled = new Map<string, ValidateFunction>();

  return ({ method, path, status, contentType, body }) => {
    const template = templates.find((x) => x.re.test(path))?.t;
    if (template === undefined) return [`${path} is not in the document`];
    const op = doc.paths[template]?.[method.toLowerCase()] as { responses?: Record<string, { content?: Record<string, unknown> }> } | undefined;
    if (op === undefined) return [`${method} ${template} is not in the document`];
    const documented = op.responses?.[String(status)];
    if (documented === undefined) return [`${method} ${template} does not document status ${status}`];
    const mime = (contentType ?? '').split(';')[0]?.trim() ?? '';
    if (documented.content === undefined) return body === undefined || body === '' ? [] : [`${method} ${template} ${status} documents no body`];
    if (!(mime in documented.content)) return [`${method} ${template} ${status} does not document content type "${mime}"`];
    const pointer = ['paths', template, method.toLowerCase(), 'responses', String(status), 'content', mime, 'schema'].map(pointerToken).join('/');
    const key = `openapi.json#/${pointer}`;
    let validate = compiled.get(key);
    if (validate === undefined) {
      validate = ajv.compile({ $ref: key });
      compiled.set(key, validate);
    }
    if (validate(body)) return [];
    return (validate.errors ?? []).map((e) => `${method} ${path} ${status}: ${e.instancePath || '(body)'} ${e.message ?? 'is not valid'}`);
  };
}
