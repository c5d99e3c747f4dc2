// The SPA server of scripts/run (vite preview of the built frontend/dist) sends the same security headers
// as frontend/nginx.conf: a CSP that allows only the SPA's own scripts, no framing, no sniffing, no referrer.
// Needs a built frontend (npm run build in frontend/); scripts/test runs it after the frontend stage.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const frontend = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../frontend');
const port = Number(process.env.SPA_PORT ?? 4179);
let server;

before(async () => {
  assert.ok(existsSync(path.join(frontend, 'dist/index.html')), 'build the frontend first (npm run build in frontend/)');
  server = spawn(path.join(frontend, 'node_modules/.bin/vite'), ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: frontend, env: { ...process.env, ZONGSHU_KEYCLOAK_URL: 'http://localhost:8180' }, stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try { await fetch(`http://127.0.0.1:${port}/`); return; } catch { await new Promise((r) => setTimeout(r, 200)); }
  }
  throw new Error('vite preview did not start');
});
after(() => server?.kill());

/** The CSP's directives as a map: name → sources. */
const directives = (csp) => Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k, v]));

test('the page and its assets carry the security headers, and the CSP admits what the page loads', async () => {
  const page = await fetch(`http://127.0.0.1:${port}/`);
  const html = await page.text();
  const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
  assert.ok(scripts.length > 0, 'the page loads a script');
  for (const response of [page, await fetch(`http://127.0.0.1:${port}${scripts[0]}`)]) {
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(response.headers.get('x-frame-options'), 'DENY');
    assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
    const csp = directives(response.headers.get('content-security-policy') ?? '');
    assert.deepEqual(csp['script-src'], ["'self'"], 'scripts only from the SPA itself');
    assert.deepEqual(csp['frame-ancestors'], ["'none'"]);
    assert.deepEqual(csp['object-src'], ["'none'"]);
    assert.deepEqual(csp['connect-src'], ["'self'", 'http://localhost:8180'], 'the API (same origin) and Keycloak');
  }
  // Nothing in the page needs what the CSP forbids: no inline scripts, only same-origin script files.
  assert.ok(!/<script(?![^>]*\bsrc=)[^>]*>/.test(html), 'no inline script');
  assert.ok(scripts.every((s) => s.startsWith('/')), 'scripts from the same origin');
  assert.equal(page.headers.get('server'), null, 'no server name');
  assert.equal(page.headers.get('x-powered-by'), null);
});

test('frontend/nginx.conf sends the same CSP as the preview server', async () => {
  const nginx = readFileSync(path.join(frontend, 'nginx.conf'), 'utf8');
  const nginxCsps = [...nginx.matchAll(/add_header Content-Security-Policy "([^"]+)"/g)].map((m) => directives(m[1]));
  assert.ok(nginxCsps.length >= 2, 'both locations of nginx.conf carry a CSP');
  const preview = directives((await fetch(`http://127.0.0.1:${port}/`)).headers.get('content-security-policy'));
  for (const csp of nginxCsps) assert.deepEqual(csp, preview);
  for (const header of ['X-Content-Type-Options nosniff', 'X-Frame-Options DENY', 'Referrer-Policy no-referrer']) {
    assert.equal(nginx.split(`add_header ${header} always;`).length - 1, nginxCsps.length, `${header} in every location with a CSP`);
  }
});
