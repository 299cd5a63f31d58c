import { existsSync, realpathSync, statSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

/** A file found under the static root, ready to send. */
export interface StaticFile {
  body: Buffer;
  contentType: string;
  /** True for index.html served in place of a client-side route. */
  fallback: boolean;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** The dashboard's build folder when it holds an index.html, resolved through symlinks; else undefined. */
export function staticRoot(dir: string): string | undefined {
  try {
    const root = realpathSync(dir);
    return statSync(root).isDirectory() && existsSync(join(root, 'index.html')) ? root : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The relative file path a URL path names, or undefined when it is not a plain path below the
 * root: `..` and `.` segments, backslashes, NUL and other control characters, and encodings of
 * these are all refused before the file system is asked.
 */
export function safeRelativePath(urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (/[\\\u0000-\u001f\u007f]/.test(decoded) || decoded.includes('%')) return undefined;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '.' || s === '..')) return undefined;
  return segments.join('/');
}

async function fileAt(root: string, rel: string): Promise<string | undefined> {
  const target = resolve(root, rel);
  try {
    let real = await realpath(target);
    let st = await stat(real);
    if (st.isDirectory()) {
      real = await realpath(join(real, 'index.html'));
      st = await stat(real);
    }
    // Resolved through symlinks, the file must still be inside the root.
    if (!st.isFile() || !(real === root || real.startsWith(root + sep))) return undefined;
    return real;
  } catch {
    return undefined;
  }
}

/**
 * Looks a URL path up under `root`. A path with no extension that names no file is a client-side
 * route and gets index.html; a missing file with an extension is not found (undefined).
 */
export async function findStaticFile(root: string, urlPath: string): Promise<StaticFile | undefined> {
  const rel = safeRelativePath(urlPath);
  if (rel === undefined) return undefined;
  let path = await fileAt(root, rel === '' ? 'index.html' : rel);
  let fallback = false;
  if (path === undefined && extname(rel) === '') {
    path = await fileAt(root, 'index.html');
    fallback = true;
  }
  if (path === undefined) return undefined;
  return { body: await readFile(path), contentType: TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream', fallback };
}

/** What `/` answers when the dashboard has not been built. */
export const NOT_BUILT_PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>corroborate</title></head>
<body>
<h1>corroborate</h1>
<p>The dashboard has not been built yet: the server looks for it in <code>web/dist</code>.
Build the <code>web/</code> package (its build writes <code>web/dist</code>) and reload this page.</p>
<p>The JSON API is served under <a href="/api/health">/api/</a> and described by <a href="/openapi.json">/openapi.json</a>;
see <code>docs/api.md</code>.</p>
</body></html>
`;
