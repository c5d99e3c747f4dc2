// Database restart under load: reads and county imports run while PostgreSQL stops and starts again.
// Checks that the backend says not-ready while the database is gone, becomes ready again by itself,
// serves again afterwards, and that every write it acknowledged is stored (none lost).
//
// Env: API_URL, KEYCLOAK_URL, PG_STOP_CMD and PG_START_CMD (shell commands; scripts/faults/db-restart
// sets them), RESTART_LOAD_SECONDS (load before, during and after the outage, 8 each).
import assert from 'node:assert/strict';
import { execSync } from 'node:child_process';
import { test } from 'node:test';

const api = process.env.API_URL ?? 'http://127.0.0.1:8090';
const keycloak = process.env.KEYCLOAK_URL ?? 'http://localhost:8180';
const phaseSeconds = Number(process.env.RESTART_LOAD_SECONDS ?? 8);
const COUNTIES = ['511902', '511903', '511921', '511922', '511923', 'BZ-EDZ', 'BZ-CTZ'];
const INDICATOR = 'grassroots.village_party_branches';
const READS = ['/api/v1/reviews/2021', '/api/v1/metrics?period=2021&orgUnit=511900', '/api/v1/indicators'];

let phase = 'before';
const outcomes = {}; // phase → { ok, refused: {status: n} }
const acknowledged = new Map(); // unit → highest value the API said it stored
const attempted = new Map(); // unit → highest value sent
let running = true;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function tally(status) {
  const o = (outcomes[phase] ??= { ok: 0, failed: {} });
  if (status >= 200 && status < 400) o.ok++;
  else o.failed[status] = (o.failed[status] ?? 0) + 1;
}

async function token(form) {
  const response = await fetch(`${keycloak}/realms/zongshu/protocol/openid-connect/token`, { method: 'POST', body: new URLSearchParams(form) });
  if (!response.ok) throw new Error(`token: ${response.status}`);
  return (await response.json()).access_token;
}

async function request(path, init) {
  try {
    const response = await fetch(api + path, { ...init, signal: AbortSignal.timeout(10_000) });
    await response.arrayBuffer();
    tally(response.status);
    return response.status;
  } catch {
    tally('no answer');
    return 0;
  }
}

async function reader() {
  for (let i = 0; running; i++) await request(READS[i % READS.length]);
}

/** One county: writes 1, 2, 3, … into its 2022 draft (generated values, not real figures). */
async function writer(unit, bearer) {
  for (let value = 1; running; value++) {
    attempted.set(unit, value);
    const status = await request('/api/v1/data-value-sets', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${bearer}`, 'Idempotency-Key': `restart-${unit}-${value}-${Date.now()}` },
      body: JSON.stringify({ dataValues: [{ indicator: INDICATOR, orgUnit: unit, period: '2022', value }] }),
    });
    if (status === 200) acknowledged.set(unit, value);
    else await sleep(200);
  }
}

async function ready() {
  try {
    return (await fetch(`${api}/q/health/ready`, { signal: AbortSignal.timeout(5_000) })).status;
  } catch {
    return 0;
  }
}

async function main() {
  const reviewer = await token({ grant_type: 'password', client_id: 'zongshu-test', username: 'reviewer', password: 'zongshu-demo' });
  const counties = await Promise.all(COUNTIES.map((u) => token({
    grant_type: 'client_credentials', client_id: `county-${u.toLowerCase()}`, client_secret: `demo-secret-${u.toLowerCase()}` })));
  assert.equal(await ready(), 200, 'ready before the restart');

  const workers = [...Array(4)].map(reader).concat(COUNTIES.map((u, i) => writer(u, counties[i])));
  await sleep(phaseSeconds * 1000);

  phase = 'database down';
  console.log('stopping PostgreSQL');
  execSync(process.env.PG_STOP_CMD, { stdio: 'inherit' });
  const downSince = Date.now();
  const readiness = new Set();
  while (Date.now() - downSince < phaseSeconds * 1000) {
    readiness.add(await ready());
    await sleep(500);
  }
  console.log('starting PostgreSQL');
  execSync(process.env.PG_START_CMD, { stdio: 'inherit' });
  const upSince = Date.now();
  while ((await ready()) !== 200) {
    assert.ok(Date.now() - upSince < 60_000, 'the backend is ready again within a minute');
    await sleep(250);
  }
  const recovery = (Date.now() - upSince) / 1000;
  phase = 'after';
  await sleep(phaseSeconds * 1000);
  running = false;
  await Promise.all(workers);

  // What the database holds: each county's draft value, from the API (the reviewer may read every unit).
  const lost = [];
  for (const unit of COUNTIES) {
    const list = await (await fetch(`${api}/api/v1/submissions?orgUnit=${unit}&period=2022&state=draft`, { headers: { Authorization: `Bearer ${reviewer}` } })).json();
    const submission = await (await fetch(`${api}/api/v1/submissions/${list[0].id}`, { headers: { Authorization: `Bearer ${reviewer}` } })).json();
    const stored = submission.values.find((v) => v.indicator === INDICATOR)?.value ?? 0;
    // Each write raises the value: the stored one can be no older than the last acknowledged, and no
    // newer than the last sent (a write whose answer was lost may or may not have committed).
    if (stored < (acknowledged.get(unit) ?? 0) || stored > attempted.get(unit)) lost.push({ unit, stored, acknowledged: acknowledged.get(unit), attempted: attempted.get(unit) });
  }

  console.log(`\nphase           answered ok   failed (by status)`);
  for (const [name, o] of Object.entries(outcomes)) console.log(`${name.padEnd(16)}${String(o.ok).padStart(11)}   ${JSON.stringify(o.failed)}`);
  console.log(`readiness while the database was down: ${[...readiness].join(', ')}; ready again ${recovery.toFixed(1)} s after PostgreSQL started`);
  console.log(`acknowledged imports: ${[...acknowledged.values()].reduce((a, b) => a + b, 0)} across ${COUNTIES.length} counties; lost: ${lost.length}`);

  assert.ok(!readiness.has(200), 'never ready while the database is down');
  assert.deepEqual(lost, [], 'every acknowledged write is stored');
  assert.deepEqual(outcomes.after?.failed ?? {}, {}, 'after recovery every request succeeds');
  assert.ok((outcomes.after?.ok ?? 0) > 0, 'requests are served after recovery');
  for (const [status] of Object.entries(outcomes['database down']?.failed ?? {})) {
    assert.ok(status === 'no answer' || Number(status) === 503, `while the database is down the answer is 503, not ${status}`);
  }
}

test('the backend rides out a PostgreSQL restart: not ready while it is down, back by itself, no acknowledged write lost', main);
