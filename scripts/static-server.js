// A tiny static file server for the benchmark and the stories check: the repository's files,
// plus pages held in memory, on 127.0.0.1 only, on a free port. Nothing is cached.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * Serves `root` and `pages` (path → HTML) on 127.0.0.1. `transform(path, query, body)` may
 * rewrite a file's text before it is sent. Resolves to `{ origin, requests, close() }`;
 * `requests` lists every path asked for, in order.
 */
export async function startServer({ root, pages = {}, transform = (_p, _q, body) => body }) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    const headers = { 'cache-control': 'no-store' };
    try {
      if (req.method !== 'GET') throw Object.assign(new Error('method'), { status: 405 });
      if (pages[url.pathname] !== undefined) {
        res.writeHead(200, { ...headers, 'content-type': TYPES['.html'] });
        res.end(pages[url.pathname]);
        return;
      }
      const file = normalize(join(root, decodeURIComponent(url.pathname)));
      if (!file.startsWith(root + sep)) throw Object.assign(new Error('outside'), { status: 403 });
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      let body = await readFile(file);
      if (type.startsWith('text/')) body = transform(url.pathname, url.search, body.toString());
      res.writeHead(200, { ...headers, 'content-type': type });
      res.end(body);
    } catch (error) {
      const status = error.status ?? (error.code === 'ENOENT' ? 404 : 500);
      res.writeHead(status, { ...headers, 'content-type': 'text/plain' });
      res.end(String(status));
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
