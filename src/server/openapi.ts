import type { RouteSpec } from './route-spec.js';
import { COMPONENTS, type JsonSchema } from './schemas.js';

/** The parts of an OpenAPI 3.1 document this server writes. */
export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, JsonSchema>; securitySchemes: Record<string, unknown> };
}

/** `/api/reports/:id` → `/api/reports/{id}`. */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, '{$1}');
}

function parameters(schema: JsonSchema | undefined, where: 'path' | 'query'): unknown[] {
  if (schema === undefined) return [];
  const props = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(props).map(([name, prop]) => {
    const { description, ...rest } = prop;
    return {
      name,
      in: where,
      required: where === 'path' || required.has(name),
      ...(description === undefined ? {} : { description }),
      schema: rest,
    };
  });
}

function operation(route: RouteSpec): Record<string, unknown> {
  const params = [...parameters(route.params, 'path'), ...parameters(route.query, 'query')];
  const responses: Record<string, unknown> = {};
  for (const [status, r] of Object.entries(route.responses)) {
    responses[status] = {
      description: r.description,
      ...(r.headers === undefined ? {} : { headers: r.headers }),
      ...(r.schema === undefined ? {} : { content: { [r.contentType ?? 'application/json']: { schema: r.schema } } }),
    };
  }
  return {
    operationId: route.operationId,
    summary: route.summary,
    ...(route.description === undefined ? {} : { description: route.description }),
    tags: [route.tag],
    ...(params.length === 0 ? {} : { parameters: params }),
    ...(route.requestBody === undefined
      ? {}
      : {
          requestBody: {
            required: true,
            description: route.requestBody.description,
            content: Object.fromEntries(Object.entries(route.requestBody.content).map(([type, schema]) => [type, { schema }])),
          },
        }),
    ...(route.write === true ? { security: [{ bearerAuth: [] }] } : {}),
    responses,
  };
}

/** Builds the OpenAPI 3.1 document from the route table and the shared schemas. */
export function buildOpenApi(routes: readonly RouteSpec[], version: string): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {};
  for (const route of routes) {
    const item = (paths[openApiPath(route.path)] ??= {});
    item[route.method.toLowerCase()] = operation(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'corroborate',
      version,
      description:
        'Stored news reports, their cleaned text, reading results and findings; full-text search; ingest by JSON, URL or upload. ' +
        'Errors are `{ "error": { "code", "message" } }` with the stable codes of docs/errors.md.',
    },
    paths,
    components: {
      schemas: { ...COMPONENTS },
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: 'The token given to `corroborate serve` (--token or CORROBORATE_TOKEN).' } },
    },
  };
}
