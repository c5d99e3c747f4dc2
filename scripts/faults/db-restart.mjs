// Database restart under load: reads and imports run while PostgreSQL is stopped for DB_DOWN_SECONDS and
// started again. The backend must say it is not ready while the database is gone (/q/health/ready 503),
// answer requests that need the database with a 503 problem (Retry-After) rather than a 500,
// become ready again by itself, and every import it acknowledged must be in the database. Imports carry
// an Idempotency-Key and are retried until acknowledged, as a county script would: each is stored
// exactly once. Prints what happened when, and the answers by status. Exit 1 on a broken promise.
//
// Env: API_URL, KEYCLOAK_URL, PG_URL (psql URL of the database), PG_STOP, PG_START (shell commands).
import { execSync } from 'node:child_process';

const api = process.env.API_URL;
const keycloak = process.env.KEYCLOAK_URL;
const down = Number(process.env.DB_DOWN_SECONDS ?? 8);
const UNIT = '511921';
const CLASSES = 'theory.training_classes';
const t0 = Date.now();
const at = () => `${((Date.now() - t0) / 1000).toFixed(1).padStart(5)} s`;
const statuses = {};
const count = (kind, status) => { statuses[`${kind} ${status}`] = (statuses[`${kind} ${status}`] ?? 0) + 1; };
const problems = [];

const tokenResponse = await fetch(`${keycloak}/realms/zongshu/protocol/openid-connect/token`, { method: 'POST',
  body: new URLSearchParams({ grant_type: 'client_credentials', client_id: `county-${UNIT}`, client_secret: `demo-secret-${UNIT}` }) });
const token = (await tokenResponse.json()).access_token;

let running = true;
const readiness = [];
async function watchReadiness() {
  let last = null;
  while (running) {
    let status;
    try { status = (await fetch(`${api}/q/health/ready`)).status; } catch { status = 0; }
    if (status !== last) { readiness.push([at(), status]); console.log(`${at()}  readiness ${status}`); last = status; }
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function reads() {
  while (running) {
    try { count('read', (await fetch(`${api}/api/v1/metrics?period=2021&orgUnit=511900`)).status); } catch { count('read', 'no answer'); }
    await new Promise((r) => setTimeout(r, 20));
  }
}

// Each import a value of its own (period 2022 open; the unit's draft); retried with the same key until 200.
const acknowledged = [];
async function imports() {
  for (let n = 0; running; n++) {
    const value = 50000 + n;
    const body = JSON.stringify({ dataValues: [{ indicator: CLASSES, orgUnit: UNIT, period: '2022', value }] });
    for (;;) {
      let status;
      try {
        status = (await fetch(`${api}/api/v1/data-value-sets`, { method: 'POST', body, headers: {
          Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Idempotency-Key': `db-restart-${t0}-${n}` } })).status;
      } catch { status = 'no answer'; }
      count('import', status);
      if (status === 200) { acknowledged.push(value); break; }
      if (typeof status === 'number' && status < 500 && status !== 409) { problems.push(`import ${n}: ${status}`); break; }
      await new Promise((r) => setTimeout(r, 250));
      if (!running) return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

const work = [watchReadiness(), reads(), imports()];
await new Promise((r) => setTimeout(r, 5000));
console.log(`${at()}  stopping PostgreSQL`);
execSync(process.env.PG_STOP, { stdio: 'inherit' });
const stoppedAt = Date.now();
await new Promise((r) => setTimeout(r, down * 1000));
console.log(`${at()}  starting PostgreSQL`);
execSync(process.env.PG_START, { stdio: 'inherit' });
const startedAt = Date.now();
// Load goes on until the backend is ready again and some imports went through, at most 120 s.
const ackAtStart = acknowledged.length;
while (Date.now() - startedAt < 120_000
  && !(readiness.at(-1)?.[1] === 200 && acknowledged.length >= ackAtStart + 5 && Date.now() - startedAt > 5000)) {
  await new Promise((r) => setTimeout(r, 250));
}
running = false;
await Promise.all(work);

// While the database is gone, a request that needs it is a 503 problem saying so, never a 500.
const fiveHundreds = Object.entries(statuses).filter(([k]) => k.endsWith(' 500'));
if (fiveHundreds.length) problems.push(`answered 500 instead of 503: ${fiveHundreds.map(([k, v]) => `${k} ×${v}`).join(', ')}`);
const sawDown = readiness.some(([, s]) => s === 503);
const upAgain = readiness.at(-1)?.[1] === 200;
if (!sawDown) problems.push('readiness never reported the database gone (no 503)');
if (!upAgain) problems.push('the backend did not become ready again');
// Every acknowledged import's value is in the history of the unit's draft, exactly once.
const rows = execSync(`psql -XAtq "${process.env.PG_URL}" -c "SELECT to_value::int FROM audit_event WHERE org_unit_code = '${UNIT}'
  AND indicator_code = '${CLASSES}' AND to_value >= 50000 ORDER BY id"`, { encoding: 'utf8' }).trim().split('\n').filter(Boolean).map(Number);
const missing = acknowledged.filter((v) => !rows.includes(v));
const twice = rows.filter((v, i) => rows.indexOf(v) !== i);
if (missing.length) problems.push(`acknowledged but not stored: ${missing.join(', ')}`);
if (twice.length) problems.push(`stored twice: ${twice.join(', ')}`);

console.log(`\ndatabase down ${((startedAt - stoppedAt) / 1000).toFixed(1)} s; readiness: ${readiness.map(([t, s]) => `${t.trim()} ${s}`).join(' → ')}`);
console.log(`answers: ${Object.entries(statuses).map(([k, v]) => `${k} ×${v}`).join(', ')}`);
console.log(`imports acknowledged ${acknowledged.length}, found in the history ${acknowledged.length - missing.length}, stored twice ${twice.length}`);
console.log(`problems: ${problems.length}`);
for (const p of problems) console.log(`  ${p}`);
process.exit(problems.length ? 1 : 0);
