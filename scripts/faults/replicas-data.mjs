// Replicas, the data behind the kept reads: two backends (A, B) on one PostgreSQL database, each keeping
// public reads in memory, and nginx passing requests to both in turn (NGINX). Checks, in order:
//   1. approvals, REPLICAS_APPROVALS times (default 3; the writer alternates A, B): the other backend has
//      the metrics read kept; once the approval's answer has arrived, that read is asked again and again
//      until it shows the approved value. Prints how long after the answer it first did (the goal is
//      under 100 ms; not asserted); every read after that, through A, B and nginx, must show it.
//   2. one Idempotency-Key, the same import sent to A and B at the same moment: imported exactly once
//      (one answer is the import's, any other replays it or is refused as a conflict).
//   3. kill -9 of backend B (pid PID_B) under mixed load through nginx: every read answers 200 (nginx
//      passes a read B dropped to A), and every import that was acknowledged (200) is there: sending its
//      Idempotency-Key again replays its answer.
// Exit 1 on any broken promise.
//
// Env: API_A, API_B, NGINX, PID_B, KEYCLOAK_URL; REPLICAS_APPROVALS (3), REPLICAS_KILL_SECONDS (4).
import { performance } from 'node:perf_hooks';
import { login } from '../e2e/lib/tokens.mjs';

const apis = { A: process.env.API_A, B: process.env.API_B, nginx: process.env.NGINX };
const approvals = Number(process.env.REPLICAS_APPROVALS ?? 3);
const killSeconds = Number(process.env.REPLICAS_KILL_SECONDS ?? 4);
const PERIOD = '2022';
const INDICATOR = 'theory.training_classes';
const problems = [];
const check = (ok, message) => { if (!ok) problems.push(message); return ok; };

const tokens = {};
for (const [who, user] of [['reviewer', 'reviewer'], ['c02', 'clerk-511902'], ['c03', 'clerk-511903']]) {
  tokens[who] = await login(user);
}

async function call(via, path, { method = 'GET', token, body, headers = {} } = {}) {
  const sent = performance.now();
  const response = await fetch(`${apis[via]}${path}`, { method, headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}),
    ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers }, body: body ? JSON.stringify(body) : undefined });
  const answered = performance.now();
  const text = await response.text();
  return { status: response.status, sent, answered, text, headers: response.headers,
    json: () => JSON.parse(text) };
}

/** The approved value of INDICATOR for `unit` in PERIOD as backend `via` serves /metrics. */
async function approvedValue(via, unit) {
  const r = await call(via, `/api/v1/metrics?period=${PERIOD}&orgUnit=${unit}`);
  if (!check(r.status === 200, `${via} metrics: ${r.status} ${r.text.slice(0, 200)}`)) return { ...r, value: null };
  const item = r.json().items.find((m) => m.indicator === INDICATOR);
  return { ...r, value: item ? Number(item.value) : null };
}

/** Imports `value` for `unit` through `via`, submits it and has the reviewer approve it; the approval's answer. */
async function approve(via, unit, clerk, value) {
  const imported = await call(via, '/api/v1/data-value-sets?submit=true', { method: 'POST', token: clerk,
    body: { dataValues: [{ indicator: INDICATOR, orgUnit: unit, period: PERIOD, value }] } });
  if (!check(imported.status === 200, `import through ${via}: ${imported.status} ${imported.text.slice(0, 300)}`)) return null;
  const id = imported.json().submissions[0].id;
  const seen = await call(via, `/api/v1/submissions/${id}`, { token: tokens.reviewer });
  const approved = await call(via, `/api/v1/submissions/${id}/approve`, { method: 'POST', token: tokens.reviewer,
    body: {}, headers: { 'If-Match': seen.headers.get('etag') } });
  return check(approved.status === 200, `approval through ${via}: ${approved.status} ${approved.text.slice(0, 300)}`) ? approved : null;
}

// 1. Approvals seen through the other backend.
const unit = '511902';
const delays = [];
for (let round = 1; round <= approvals; round++) {
  const [writer, reader] = round % 2 ? ['A', 'B'] : ['B', 'A'];
  const value = 100 + round;
  await approvedValue(reader, unit); // kept by the reader
  const before = await approvedValue(reader, unit);
  check(before.value !== value, `round ${round}: ${reader} shows ${value} before it was approved`);
  const approved = await approve(writer, unit, tokens.c02, value);
  if (!approved) break;
  let first = null;
  let asked = 0;
  while (performance.now() - approved.answered < 10_000) {
    const r = await approvedValue(reader, unit);
    asked++;
    if (r.value === value) { first = r; break; }
  }
  if (!check(first, `round ${round}: ${reader} did not show the value approved through ${writer} within 10 s`)) continue;
  delays.push({ round, writer, reader, after: first.answered - approved.answered, asked });
  for (let i = 0; i < 10; i++) {
    for (const via of ['A', 'B', 'nginx']) {
      const r = await approvedValue(via, unit);
      check(r.value === value, `round ${round}: ${via} shows ${r.value}, not ${value}, after it was seen`);
    }
  }
}
console.log('approval  through → read  reads asked  seen after the answer (ms)');
for (const d of delays) {
  console.log(`${String(d.round).padStart(8)}  ${d.writer} → ${d.reader}          ${String(d.asked).padStart(11)}  ${d.after.toFixed(1).padStart(26)}`);
}
if (delays.length) {
  console.log(`approvals: seen through the other backend at most ${Math.max(...delays.map((d) => d.after)).toFixed(1)} ms after the answer (goal: 100 ms)`);
}

// 2. The same Idempotency-Key to both backends at once.
{
  const key = `replicas-${process.pid}-${Date.now()}`;
  const body = { dataValues: [{ indicator: INDICATOR, orgUnit: '511903', period: PERIOD, value: 7 }] };
  const both = await Promise.all(['A', 'B'].map((via) => call(via, '/api/v1/data-value-sets', { method: 'POST',
    token: tokens.c03, body, headers: { 'Idempotency-Key': key } })));
  const imports = both.filter((r) => r.status === 200 && r.headers.get('idempotent-replayed') !== 'true');
  const replays = both.filter((r) => r.status === 200 && r.headers.get('idempotent-replayed') === 'true');
  const refused = both.filter((r) => r.status === 409);
  check(imports.length === 1, `one Idempotency-Key through A and B at once: ${imports.length} imports (statuses ${both.map((r) => r.status)})`);
  check(imports.length + replays.length + refused.length === 2, `one Idempotency-Key: answers ${both.map((r) => `${r.status} ${r.text.slice(0, 120)}`)}`);
  for (const r of replays) check(r.text === imports[0]?.text, 'the replayed answer differs from the import\'s');
  const again = await call('B', '/api/v1/data-value-sets', { method: 'POST', token: tokens.c03, body, headers: { 'Idempotency-Key': key } });
  check(again.status === 200 && again.headers.get('idempotent-replayed') === 'true' && again.text === imports[0]?.text,
    `the key sent again: ${again.status}, replayed ${again.headers.get('idempotent-replayed')}`);
  console.log(`one Idempotency-Key through A and B at once: ${imports.length} import, ${replays.length} replay, ${refused.length} refused as a conflict`);
}

// 3. kill -9 of B under mixed load through nginx.
{
  const reads = [];
  const acknowledged = [];
  const unacknowledged = [];
  let running = true;
  const paths = [`/api/v1/metrics?period=${PERIOD}&orgUnit=${unit}`, '/api/v1/indicators', '/api/v1/reviews/2021',
    '/api/v1/reviews/2021/editions/1', '/api/v1/org-units'];
  const reader = async (k) => {
    for (let i = k; running; i++) {
      const r = await call('nginx', paths[i % paths.length]).catch((e) => ({ status: `no answer (${e.message})` }));
      reads.push(r.status);
    }
  };
  const writer = async () => {
    for (let n = 0; running; n++) {
      const key = `replicas-kill-${process.pid}-${n}`;
      const body = { dataValues: [{ indicator: INDICATOR, orgUnit: '511903', period: PERIOD, value: 1000 + n }] };
      const r = await call('nginx', '/api/v1/data-value-sets', { method: 'POST', token: tokens.c03, body,
        headers: { 'Idempotency-Key': key } }).catch((e) => ({ status: `no answer (${e.message})` }));
      (r.status === 200 ? acknowledged : unacknowledged).push({ key, body, status: r.status });
    }
  };
  const load = [reader(0), reader(1), reader(2), reader(3), writer()];
  await new Promise((r) => setTimeout(r, killSeconds * 250));
  process.kill(Number(process.env.PID_B), 'SIGKILL');
  const killedAt = reads.length;
  await new Promise((r) => setTimeout(r, killSeconds * 750));
  running = false;
  await Promise.all(load);
  const failed = reads.filter((s) => s !== 200);
  check(failed.length === 0, `kill -9: ${failed.length} of ${reads.length} reads through nginx did not answer 200: ${[...new Set(failed)].join(', ')}`);
  let lost = 0;
  for (const w of acknowledged) {
    const r = await call('A', '/api/v1/data-value-sets', { method: 'POST', token: tokens.c03, body: w.body,
      headers: { 'Idempotency-Key': w.key } });
    if (!(r.status === 200 && r.headers.get('idempotent-replayed') === 'true')) lost++;
  }
  check(lost === 0, `kill -9: ${lost} of ${acknowledged.length} acknowledged imports are not there (their key is not replayed)`);
  console.log(`kill -9 of B under load through nginx: ${reads.length} reads (${killedAt} before the kill), ${failed.length} not 200; `
    + `${acknowledged.length} imports acknowledged, ${lost} lost; ${unacknowledged.length} not acknowledged `
    + `(${[...new Set(unacknowledged.map((w) => w.status))].join(', ') || 'none'})`);
}

console.log(`problems: ${problems.length}`);
for (const p of problems.slice(0, 50)) console.log(`  ${p}`);
process.exit(problems.length ? 1 : 0);
