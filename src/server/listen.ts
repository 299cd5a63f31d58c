import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { CorroborateError } from '../core/errors.js';
import type { Api } from './app.js';

/** A listening server. */
export interface Listening {
  /** Base URL, e.g. `http://127.0.0.1:8080`. */
  url: string;
  port: number;
  server: Server;
  /** Stops accepting, ends open connections, and closes the API (not its store). */
  close(): Promise<void>;
}

/** Serves the API on a TCP port (0 picks a free one). */
export async function listen(api: Api, opts: { host: string; port: number }): Promise<Listening> {
  // Not overriding the global Request and Response keeps the process's fetch untouched.
  const server = createAdaptorServer({ fetch: api.app.fetch, overrideGlobalObjects: false }) as Server;
  // A slow client cannot hold a connection open forever with a trickling body.
  server.requestTimeout = 120_000;
  server.headersTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    const onError = (e: NodeJS.ErrnoException) =>
      reject(new CorroborateError('CRB_ERR_API_LISTEN', `cannot listen on ${opts.host}:${opts.port} (${e.code ?? e.message})`, { cause: e }));
    server.once('error', onError);
    server.listen(opts.port, opts.host, () => {
      server.off('error', onError);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  return {
    url: `http://${host}:${port}`,
    port,
    server,
    async close() {
      // Event streams first: they end with a `close` event instead of a cut connection.
      await api.events.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await api.close();
    },
  };
}
