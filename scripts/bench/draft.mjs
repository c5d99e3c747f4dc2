// The draft benchmark's requests (scripts/bench/draft starts the backend): the reviewer starts the 2022
// review from 2021's, then, one request at a time, BENCH_WARMUP untimed and BENCH_N timed of each:
//   GET /api/v1/reviews/2022/draft   render and preview: 56 figures, each with its status (all missing)
//   PUT /api/v1/reviews/2022/draft   a save (If-Match: the ETag of the answer before), then the same render
//   GET /api/v1/reviews/2021/draft   the same 56 figures, all approved, and the drift from edition 2021-1
// Times are from sending the request to the last byte of the answer. Prints p50/p90/p99/max in ms.
//
// Env: API_URL, KEYCLOAK_URL; BENCH_N (200), BENCH_WARMUP (50).
import { performance } from 'node:perf_hooks';
import { login } from '../e2e/lib/tokens.mjs';

const api = process.env.API_URL;
const n = Number(process.env.BENCH_N ?? 200);
const warmup = Number(process.env.BENCH_WARMUP ?? 50);

let token;
let tokenAt = 0;
async function bearer() { // tokens live five minutes
  if (Date.now() - tokenAt > 120_000) { token = await login('reviewer'); tokenAt = Date.now(); }
  return token;
}

async function call(method, path, { body, ifMatch } = {}) {
  const headers = { Authorization: `Bearer ${await bearer()}`, ...(body ? { 'Content-Type': 'application/json' } : {}),
    ...(ifMatch ? { 'If-Match': ifMatch } : {}) };
  const payload = body ? JSON.stringify(body) : undefined;
  const t = performance.now();
  const response = await fetch(`${api}${path}`, { method, headers, body: payload });
  const text = await response.text();
  const ms = performance.now() - t;
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 500)}`);
  return { ms, etag: response.headers.get('etag'), bytes: Buffer.byteLength(text), body: JSON.parse(text) };
}

/** The draft's content as PUT takes it: title, subtitle, and each section's blocks as kind and source. */
const contentOf = (d) => ({ title: d.title, subtitle: d.subtitle, sections: d.sections.map((s) => ({
  key: s.key, heading: s.heading, theme: s.theme, blocks: s.blocks.map((b) => ({ kind: b.kind, source: b.source })) })) });

const started = await call('POST', '/api/v1/reviews', { body: { year: 2022, from: 2021 } });
const figures = started.body.figures;
console.log(`started the 2022 review from 2021's: ${figures.total} figures (${figures.missing} missing), `
  + `${started.body.sections.length} sections, ${started.bytes} bytes`);

let etag = started.etag;
const content = contentOf(started.body); // saved again each time: every save is a new version
const timings = { 'GET 2022 draft': [], 'PUT 2022 draft': [], 'GET 2021 draft': [] };
const sizes = {};
const draft2021 = await call('GET', '/api/v1/reviews/2021/draft');
console.log(`the 2021 draft: ${draft2021.body.figures.total} figures (${draft2021.body.figures.approved} approved)`);

for (let i = 0; i < warmup + n; i++) {
  const timed = i >= warmup;
  const read = await call('GET', '/api/v1/reviews/2022/draft');
  const saved = await call('PUT', '/api/v1/reviews/2022/draft', { body: content, ifMatch: etag });
  etag = saved.etag;
  const other = await call('GET', '/api/v1/reviews/2021/draft');
  if (timed) {
    timings['GET 2022 draft'].push(read.ms);
    timings['PUT 2022 draft'].push(saved.ms);
    timings['GET 2021 draft'].push(other.ms);
    sizes['GET 2022 draft'] = read.bytes;
    sizes['PUT 2022 draft'] = saved.bytes;
    sizes['GET 2021 draft'] = other.bytes;
  }
}
console.log(`the draft is at version ${etag} (${warmup + n} saves, each over the ETag of the one before)\n`);

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
console.log(`${'request'.padEnd(16)} ${'n'.padStart(5)} ${'p50 ms'.padStart(8)} ${'p90 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'max ms'.padStart(8)} ${'bytes'.padStart(8)}`);
for (const [name, ms] of Object.entries(timings)) {
  const sorted = [...ms].sort((a, b) => a - b);
  console.log(`${name.padEnd(16)} ${String(sorted.length).padStart(5)} ${[50, 90, 99].map((p) => percentile(sorted, p).toFixed(1).padStart(8)).join(' ')} `
    + `${sorted.at(-1).toFixed(1).padStart(8)} ${String(sizes[name]).padStart(8)}`);
}
