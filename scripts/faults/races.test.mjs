// Races: pairs of conflicting writes sent at the same moment, RACES_PAIRS of them (default 1,000), in
// three kinds taken in turn:
//   edit/edit        two clerk edits of one submission with the same If-Match
//   approve/return   the reviewer's two decisions on one submitted submission with the same If-Match
//   import/edit      a bulk import and a form edit of the same value
// With the same If-Match, exactly one wins and the other is refused (412, or 409 when the database saw
// them collide); import/edit may both succeed, but only in that order (the import needs no If-Match,
// the edit's If-Match is stale once the import ran). In every case the history lists exactly the writes
// that were acknowledged, in order, and the stored value is the last acknowledged one: no lost update.
//
// Needs the backend and Keycloak running (API_URL, KEYCLOAK_URL); `scripts/faults/races` starts them.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { login } from '../e2e/lib/tokens.mjs';

const api = process.env.API_URL ?? 'http://localhost:8080';
const pairs = Number(process.env.RACES_PAIRS ?? 1000);
const PERIOD = '2022';
const CLASSES = 'theory.training_classes';


async function call(method, path, bearer, { body, ifMatch } = {}) {
  const response = await fetch(`${api}${path}`, {
    method,
    headers: { Authorization: `Bearer ${bearer}`, ...(body ? { 'Content-Type': 'application/json' } : {}), ...(ifMatch ? { 'If-Match': ifMatch } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, etag: response.headers.get('etag'), body: text ? JSON.parse(text) : null };
}

const ctx = {};
// Tokens live five minutes; a long run renews them.
async function tokens() {
  if (ctx.at && Date.now() - ctx.at < 120_000) return;
  [ctx.clerkA, ctx.clerkB, ctx.clerkC, ctx.reviewer] = await Promise.all(
    ['clerk-511902', 'clerk-511903', 'clerk-bz-edz', 'reviewer'].map(login));
  ctx.at = Date.now();
}

/** The history of a unit after `cursor` (an event id), all pages. */
async function historySince(orgUnit, cursor) {
  const items = [];
  let after = cursor;
  for (;;) {
    const page = await call('GET', `/api/v1/audit?orgUnit=${orgUnit}&limit=1000${after ? `&after=${after}` : ''}`, ctx.reviewer);
    assert.equal(page.status, 200);
    items.push(...page.body.items);
    if (!page.body.next) return items;
    after = page.body.next;
  }
}
const lastId = (items, cursor) => (items.length ? items[items.length - 1].id : cursor);

/** The unit's open submission for 2022 (draft or returned), opened when there is none. */
async function openSubmission(clerk, orgUnit) {
  const list = await call('GET', `/api/v1/submissions?orgUnit=${orgUnit}&period=${PERIOD}`, clerk);
  // Newest first: the unit's one open submission, when it has one, is on the first page.
  const open = list.body.items.find((s) => s.state === 'draft' || s.state === 'returned');
  if (open) return call('GET', `/api/v1/submissions/${open.id}`, clerk);
  const created = await call('POST', '/api/v1/submissions', clerk, { body: { orgUnit, period: PERIOD } });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  return created;
}

const refused = (r) => r.status === 412 || r.status === 409;
const tally = { 'edit/edit': {}, 'approve/return': {}, 'import/edit': {} };
const count = (kind, outcome) => { tally[kind][outcome] = (tally[kind][outcome] ?? 0) + 1; };
const faults = [];

async function editEdit(i) {
  const unit = '511902';
  let seen = await openSubmission(ctx.clerkA, unit);
  if (!seen.body.values.some((v) => v.indicator === CLASSES)) {
    seen = await call('PUT', `/api/v1/submissions/${seen.body.id}/values`, ctx.clerkA, { ifMatch: seen.etag, body: { dataValues: [{ indicator: CLASSES, value: 1 }] } });
  }
  ctx.cursorA = lastId(await historySince(unit, ctx.cursorA), ctx.cursorA);
  const values = [10000 + 2 * i, 10001 + 2 * i];
  const answers = await Promise.all(values.map((value) => call('PUT', `/api/v1/submissions/${seen.body.id}/values`, ctx.clerkA,
    { ifMatch: seen.etag, body: { dataValues: [{ indicator: CLASSES, value }] } })));
  const winners = answers.map((a, k) => (a.status === 200 ? values[k] : null)).filter((v) => v !== null);
  const events = await historySince(unit, ctx.cursorA);
  ctx.cursorA = lastId(events, ctx.cursorA);
  const stored = (await call('GET', `/api/v1/submissions/${seen.body.id}`, ctx.clerkA)).body.values.find((v) => v.indicator === CLASSES).value;
  const problems = [];
  if (winners.length !== 1 || !answers.some(refused)) problems.push(`answers ${answers.map((a) => a.status)}`);
  if (events.length !== 1 || events[0].action !== 'value_changed' || events[0].to.value !== winners[0]) {
    problems.push(`history ${JSON.stringify(events.map((e) => [e.action, e.to?.value]))}`);
  }
  if (stored !== winners[0]) problems.push(`stored ${stored}, acknowledged ${winners}`);
  if (problems.length) faults.push(`edit/edit #${i}: ${problems.join('; ')}`);
  count('edit/edit', answers.map((a) => a.status).sort().join('+'));
}

async function approveReturn(i) {
  const unit = '511903';
  const imported = await call('POST', '/api/v1/data-value-sets?submit=true', ctx.clerkB,
    { body: { dataValues: [{ indicator: CLASSES, orgUnit: unit, period: PERIOD, value: 20000 + i }] } });
  assert.equal(imported.status, 200, JSON.stringify(imported.body));
  const id = imported.body.submissions[0].id;
  const seen = await call('GET', `/api/v1/submissions/${id}`, ctx.reviewer);
  ctx.cursorB = lastId(await historySince(unit, ctx.cursorB), ctx.cursorB);
  const [approve, ret] = await Promise.all([
    call('POST', `/api/v1/submissions/${id}/approve`, ctx.reviewer, { ifMatch: seen.etag, body: {} }),
    call('POST', `/api/v1/submissions/${id}/return`, ctx.reviewer, { ifMatch: seen.etag, body: { comment: `race ${i}` } }),
  ]);
  const events = await historySince(unit, ctx.cursorB);
  ctx.cursorB = lastId(events, ctx.cursorB);
  const state = (await call('GET', `/api/v1/submissions/${id}`, ctx.reviewer)).body.state;
  const actions = events.map((e) => e.action);
  const problems = [];
  if (approve.status === 200 && refused(ret)) {
    if (state !== 'approved') problems.push(`state ${state} after the approval won`);
    if (actions[0] !== 'submission_approved' || actions.slice(1).some((a) => a !== 'value_approved') || actions.length !== 2) {
      problems.push(`history ${actions}`);
    }
  } else if (ret.status === 200 && refused(approve)) {
    if (state !== 'returned') problems.push(`state ${state} after the return won`);
    if (actions.join() !== 'submission_returned') problems.push(`history ${actions}`);
  } else {
    problems.push(`answers approve ${approve.status}, return ${ret.status}`);
  }
  if (problems.length) faults.push(`approve/return #${i}: ${problems.join('; ')}`);
  count('approve/return', approve.status === 200 ? `approve won (return ${ret.status})` : `return won (approve ${approve.status})`);
}

async function importEdit(i) {
  const unit = 'BZ-EDZ';
  const seen = await openSubmission(ctx.clerkC, unit);
  ctx.cursorC = lastId(await historySince(unit, ctx.cursorC), ctx.cursorC);
  const [edit, imp] = await Promise.all([
    call('PUT', `/api/v1/submissions/${seen.body.id}/values`, ctx.clerkC, { ifMatch: seen.etag, body: { dataValues: [{ indicator: CLASSES, value: 30000 + 2 * i }] } }),
    call('POST', '/api/v1/data-value-sets', ctx.clerkC, { body: { dataValues: [{ indicator: CLASSES, orgUnit: unit, period: PERIOD, value: 30001 + 2 * i }] } }),
  ]);
  const all = await historySince(unit, ctx.cursorC);
  ctx.cursorC = lastId(all, ctx.cursorC);
  const events = all.filter((e) => e.indicator === CLASSES);
  const stored = (await call('GET', `/api/v1/submissions/${seen.body.id}`, ctx.clerkC)).body.values.find((v) => v.indicator === CLASSES)?.value;
  const acknowledged = [edit.status === 200 ? 30000 + 2 * i : null, imp.status === 200 ? 30001 + 2 * i : null].filter((v) => v !== null);
  const recorded = events.map((e) => e.to?.value);
  const problems = [];
  if (acknowledged.length === 0) problems.push(`both refused (${edit.status}, ${imp.status})`);
  if ([edit, imp].some((a) => a.status !== 200 && !refused(a))) problems.push(`answers edit ${edit.status}, import ${imp.status}`);
  // Every acknowledged write is in the history, in the order that explains the stored value.
  if (JSON.stringify([...recorded].sort()) !== JSON.stringify([...acknowledged].sort())) problems.push(`history ${recorded}, acknowledged ${acknowledged}`);
  if (stored !== recorded[recorded.length - 1]) problems.push(`stored ${stored}, last recorded ${recorded[recorded.length - 1]}`);
  if (problems.length) faults.push(`import/edit #${i}: ${problems.join('; ')}`);
  count('import/edit', `edit ${edit.status}, import ${imp.status}`);
}

before(async () => {
  await tokens();
});

test(`${pairs} racing pairs: one winner and one clear refusal, and the history records exactly what was acknowledged`, async () => {
  const kinds = [editEdit, approveReturn, importEdit];
  const started = Date.now();
  for (let i = 0; i < pairs; i++) {
    await tokens();
    await kinds[i % 3](i);
  }
  const seconds = (Date.now() - started) / 1000;
  console.log(`races: ${pairs} pairs in ${seconds.toFixed(1)} s (${(pairs / seconds).toFixed(1)} pairs/s)`);
  for (const [kind, outcomes] of Object.entries(tally)) {
    console.log(`  ${kind}: ${Object.entries(outcomes).map(([o, n]) => `${o} ×${n}`).join(', ')}`);
  }
  console.log(`  faults: ${faults.length}`);
  assert.deepEqual(faults, []);
});
