// Soak: mixed load at a fixed rate for SOAK_SECONDS (default 600): public reads sent open-loop at
// SOAK_RATE requests/s (default 500; the review, metrics, indicators, org units, an export), and beside
// them one county office and the reviewer at work (an import every SOAK_WRITE_MS, default 250 ms; every
// fifth submits, and the reviewer approves it). Before that, a warm-up of SOAK_WARMUP_SECONDS (default 60)
// ramps the reads from 0 to SOAK_RATE with the office already at work, so the JIT compiles the hot paths;
// it is reported on its own lines and kept out of the figures. Prints every 10 s and at the end: throughput, latency percentiles (p50, p99) per
// kind, errors, and the backend's resident memory (BACKEND_PID) over time.
// Figures, not a test of speed: the exit status is 1 only when a request failed (a 5xx, a refusal that
// should not happen, or no answer).
//
//   API_URL=… KEYCLOAK_URL=… BACKEND_PID=… node scripts/faults/soak.mjs     (scripts/faults/soak starts all)
import { readFileSync } from 'node:fs';
import { login } from '../e2e/lib/tokens.mjs';

const api = process.env.API_URL ?? 'http://localhost:8080';
const seconds = Number(process.env.SOAK_SECONDS ?? 600);
const rate = Number(process.env.SOAK_RATE ?? 500);
const writeEvery = Number(process.env.SOAK_WRITE_MS ?? 250);
const warmup = Number(process.env.SOAK_WARMUP_SECONDS ?? 60);
const pid = process.env.BACKEND_PID;
const UNIT = process.env.SOAK_UNIT ?? 'BZ-CTZ';
const PERIOD = '2022';
const MAX_IN_FLIGHT = 2000;

const reads = [
  '/api/v1/reviews/2021', '/api/v1/reviews/2021', '/api/v1/reviews/2021/text',
  '/api/v1/metrics?period=2021&orgUnit=511900', '/api/v1/metrics?category=talent',
  '/api/v1/indicators', '/api/v1/org-units', '/api/v1/cadre-statistics/2021',
  '/api/v1/exports?period=2021&format=csv',
];

const samples = {}; // kind → durations (ms) in the current window and overall
const windowSamples = {};
const errors = [];
let done = 0;
let dropped = 0;
let inFlight = 0;

function record(kind, ms) {
  (samples[kind] ??= []).push(ms);
  (windowSamples[kind] ??= []).push(ms);
}
function percentile(values, p) {
  if (!values?.length) return NaN;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
function rss() {
  if (!pid) return NaN;
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
    return Number(line.split(/\s+/)[1]) / 1024;
  } catch { return NaN; }
}

async function timed(kind, path, init = {}, ok = (s) => s < 400) {
  const started = performance.now();
  inFlight++;
  try {
    const response = await fetch(`${api}${path}`, init);
    const body = await response.text();
    record(kind, performance.now() - started);
    if (!ok(response.status)) errors.push(`${kind} ${path}: ${response.status} ${body.slice(0, 200)}`);
    return { status: response.status, etag: response.headers.get('etag'), body };
  } catch (e) {
    errors.push(`${kind} ${path}: no answer (${e.cause?.code ?? e.message})`);
    return { status: 0 };
  } finally {
    inFlight--;
    done++;
  }
}

const tokens = { at: 0 };
async function fresh() {
  if (Date.now() - tokens.at > 120_000) {
    [tokens.clerk, tokens.reviewer] = await Promise.all([login(`clerk-${UNIT.toLowerCase()}`), login('reviewer')]);
    tokens.at = Date.now();
  }
}

// The office's work, one write at a time: imports into the draft, every fifth submitting it, then the
// reviewer reads and approves. Serial, so no write of this loop conflicts with another.
async function office(until) {
  for (let n = 0; Date.now() < until; n++) {
    const next = Date.now() + writeEvery;
    await fresh();
    const submit = n % 5 === 4;
    const dataValues = ['theory.training_classes', 'theory.branch_life_meetings', 'talent.intent_agreements']
      .map((indicator, k) => ({ indicator, orgUnit: UNIT, period: PERIOD, value: 1 + ((n * 3 + k) % 997) }));
    const imported = await timed('import', `/api/v1/data-value-sets${submit ? '?submit=true' : ''}`, {
      method: 'POST', body: JSON.stringify({ dataValues }),
      headers: { Authorization: `Bearer ${tokens.clerk}`, 'Content-Type': 'application/json', 'Idempotency-Key': `soak-${process.pid}-${n}` },
    });
    if (submit && imported.status === 200) {
      const id = JSON.parse(imported.body).submissions[0].id;
      const auth = { Authorization: `Bearer ${tokens.reviewer}` };
      const seen = await timed('review', `/api/v1/submissions/${id}`, { headers: auth });
      await timed('approve', `/api/v1/submissions/${id}/approve`, {
        method: 'POST', body: '{}', headers: { ...auth, 'Content-Type': 'application/json', 'If-Match': seen.etag },
      });
    }
    await new Promise((r) => setTimeout(r, Math.max(0, next - Date.now())));
  }
}

function line(elapsed, window) {
  const fmt = (kind, s) => `${kind} p50 ${percentile(s[kind], 50).toFixed(1)} p99 ${percentile(s[kind], 99).toFixed(1)} ms (${s[kind]?.length ?? 0})`;
  return `${String(Math.round(elapsed)).padStart(4)} s  ${(window.count / window.seconds).toFixed(0).padStart(4)} req/s  `
    + `${fmt('read', windowSamples)}  ${fmt('import', windowSamples)}  errors ${errors.length}  RSS ${rss().toFixed(0)} MiB`;
}

/**
 * Sends the reads open loop for `length` seconds: requests go out on schedule whether or not earlier ones
 * have been answered. `sentBy(t)` is how many should have gone out t seconds in.
 */
function drive(length, sentBy, kind, every = () => {}) {
  const begun = Date.now();
  let tick = 0;
  return new Promise((resolve) => {
    const timer = setInterval(() => {
      const now = Date.now();
      if (now - begun >= length * 1000) { clearInterval(timer); resolve(); return; }
      for (const due = Math.floor(sentBy((now - begun) / 1000)); tick < due; tick++) {
        if (inFlight >= MAX_IN_FLIGHT) { dropped++; continue; }
        timed(kind, reads[tick % reads.length]);
      }
      every(now);
    }, 5);
  });
}
const drained = async () => { while (inFlight > 0) await new Promise((r) => setTimeout(r, 20)); };

function summary() {
  for (const kind of ['read', 'import', 'review', 'approve']) {
    if (samples[kind]) {
      console.log(`  ${kind.padEnd(8)} ${String(samples[kind].length).padStart(7)}  p50 ${percentile(samples[kind], 50).toFixed(1).padStart(6)} ms`
        + `  p99 ${percentile(samples[kind], 99).toFixed(1).padStart(6)} ms  max ${percentile(samples[kind], 100).toFixed(1).padStart(7)} ms`);
    }
  }
}

await fresh();
const officeDone = office(Date.now() + (warmup + seconds) * 1000);
if (warmup > 0) {
  // Reads ramp linearly from 0 to the rate, as a service meets its load after a deploy; not in the figures.
  await drive(warmup, (t) => (rate * t * t) / (2 * warmup), 'read');
  await drained();
  console.log(`warm-up: ${warmup} s, reads ramping to ${rate}/s, ${done} answered, ${dropped} not sent, errors ${errors.length}, RSS ${rss().toFixed(0)} MiB`);
  summary();
  for (const kind of Object.keys(samples)) delete samples[kind];
  for (const kind of Object.keys(windowSamples)) delete windowSamples[kind];
  done = 0;
  dropped = 0;
}
const warmupErrors = errors.length;
const started = Date.now();
const memory = [[0, rss()]];
let lastReport = { at: started, done: 0 };
await drive(seconds, (t) => t * rate, 'read', (now) => {
  if (now - lastReport.at >= 10_000) {
    const window = { count: done - lastReport.done, seconds: (now - lastReport.at) / 1000 };
    console.log(line((now - started) / 1000, window));
    memory.push([(now - started) / 1000, rss()]);
    for (const k of Object.keys(windowSamples)) windowSamples[k] = [];
    lastReport = { at: now, done };
  }
});
await officeDone;
await drained();
const total = (Date.now() - started) / 1000;
memory.push([total, rss()]);

console.log(`\nsoak: ${seconds} s at ${rate} reads/s offered, one office writing every ${writeEvery} ms`);
console.log(`requests: ${done} answered in ${total.toFixed(1)} s (${(done / total).toFixed(0)} req/s), ${dropped} not sent (over ${MAX_IN_FLIGHT} in flight)`);
summary();
console.log(`errors: ${errors.length}${warmupErrors ? ` (${warmupErrors} during the warm-up)` : ''}`);
for (const e of errors.slice(0, 10)) console.log(`  ${e}`);
const mib = memory.map(([, m]) => m).filter((m) => !Number.isNaN(m));
if (mib.length) {
  console.log(`backend RSS (MiB) over time: ${memory.map(([t, m]) => `${Math.round(t)}s ${m.toFixed(0)}`).join(', ')}`);
  console.log(`  first ${mib[0].toFixed(0)}, last ${mib[mib.length - 1].toFixed(0)}, max ${Math.max(...mib).toFixed(0)} MiB`);
}
process.exit(errors.length ? 1 : 0);
