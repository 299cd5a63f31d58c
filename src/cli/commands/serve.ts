import { CorroborateError } from '../../core/errors.js';
import { DEFAULT_MAX_BODY_BYTES, DEFAULT_RATE_LIMIT } from '../../server/defaults.js';
import { EXIT } from '../exit-codes.js';
import { dbOption, intOption, jsonOption, openStore } from '../options.js';
import { usePlacesFiles } from '../../analyze/places/user-places.js';
import type { Command } from '../main.js';

/** Environment variable holding the write token, preferred to --token (which `ps` shows). */
export const TOKEN_ENV = 'CORROBORATE_TOKEN';

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Serve the HTTP API (and the dashboard, when built) over the stored reports',
  usage: `corroborate serve [options]

Options:
  --db <file>               SQLite database (default ./corroborate.db)
  --host <address>          address to listen on (default 127.0.0.1)
  --port <n>                port (default 8080; 0 picks a free one)
  --token <t>               bearer token for POST /api/reports (prefer the ${TOKEN_ENV} variable);
                            at least 16 characters; without a token the server is read-only
  --read-only               no write routes at all, even with a token
  --max-body <bytes>        largest request body (default ${DEFAULT_MAX_BODY_BYTES})
  --ingest-burst <n>        ingest requests a client may make at once (default ${DEFAULT_RATE_LIMIT.burst})
  --ingest-per-minute <n>   sustained ingest requests per client per minute (default ${DEFAULT_RATE_LIMIT.perMinute})
  --places <file>           extra gazetteer places for reports sent to POST /api/reports
                            (GeoNames dump lines; repeatable; see docs/places.md)
  --json                    once listening, print {"url", "db", "readOnly"} as one JSON line on stdout
                            (for scripts that start it with --port 0)

The API is described at /openapi.json and in docs/api.md. Stop with Ctrl-C.`,
  options: {
    ...dbOption,
    host: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string' },
    token: { type: 'string' },
    'read-only': { type: 'boolean' },
    'max-body': { type: 'string' },
    'ingest-burst': { type: 'string' },
    'ingest-per-minute': { type: 'string' },
    places: { type: 'string', multiple: true },
    ...jsonOption,
  },
  async run({ values }, io) {
    const port = intOption(values, 'port', 8080);
    if (port > 65535) throw new CorroborateError('CRB_ERR_CLI_USAGE', `--port ${port} is not a port number`);
    const host = String(values.host);
    const token = (values.token as string | undefined) ?? process.env[TOKEN_ENV];
    if (token !== undefined && token !== '' && !/^[\x21-\x7e]{16,}$/.test(token)) {
      throw new CorroborateError('CRB_ERR_CLI_USAGE', 'the token must be at least 16 printable characters with no spaces');
    }
    const maxBodyBytes = Math.max(1, intOption(values, 'max-body', DEFAULT_MAX_BODY_BYTES));
    const rateLimit = {
      burst: Math.max(1, intOption(values, 'ingest-burst', DEFAULT_RATE_LIMIT.burst)),
      perMinute: intOption(values, 'ingest-per-minute', DEFAULT_RATE_LIMIT.perMinute),
    };
    // Checked now, so a bad file fails before the server listens.
    if (values.places) usePlacesFiles(values.places as string[]);
    // Loaded here, so other commands do not pay for the HTTP stack at start-up.
    const { createApi } = await import('../../server/app.js');
    const { listen } = await import('../../server/listen.js');
    const store = openStore(values, { create: true });
    const api = createApi({
      store,
      ...(token ? { token } : {}),
      readOnly: !!values['read-only'],
      maxBodyBytes,
      rateLimit,
      log: (line) => io.stderr.write(`${line}\n`),
    });
    let server;
    try {
      server = await listen(api, { host, port });
    } catch (e) {
      await api.close();
      await store.close();
      throw e;
    }
    const writes = api.readOnly ? (values['read-only'] ? 'read-only' : `read-only (no token: set ${TOKEN_ENV} to enable ingest)`) : 'ingest enabled (token required)';
    if (values.json) io.stdout.write(`${JSON.stringify({ url: server.url, db: String(values.db), readOnly: api.readOnly })}\n`);
    else if (!values.quiet) io.stderr.write(`corroborate: serving ${String(values.db)} at ${server.url}/ · ${writes}\n`);
    // A warning, not chatter: --quiet does not hide it.
    if (!LOOPBACK.has(host)) io.stderr.write('corroborate: listening beyond this machine; put TLS in front of it before sending a token over a network\n');
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await server.close();
    await store.close();
    return EXIT.ok;
  },
};
