// End-to-end: a county's figures travel from a script to the public API, with tokens from the real
// Keycloak and the packaged backend on PostgreSQL (a fresh schema, 2022 open). Run by scripts/test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { login, token } from './lib/tokens.mjs';
import { call } from './lib/api.mjs';

test('a county script imports, the reviewer returns, the clerk fixes, the reviewer approves, the public sees it', async () => {
  const CLASSES = 'theory.training_classes';
  const MEETINGS = 'theory.branch_life_meetings';
  const script = await token({ grant_type: 'client_credentials', client_id: 'county-511921', client_secret: 'demo-secret-511921' });
  const set = { dataValues: [
    { indicator: CLASSES, orgUnit: '511921', period: '2022', value: 12 },
    { indicator: MEETINGS, orgUnit: '511921', period: '2022', value: 640, qualifier: 'more_than', comment: '各乡镇汇总' },
  ] };

  const imported = await call('POST', '/api/v1/data-value-sets?submit=true', { bearer: script, body: set, headers: { 'Idempotency-Key': 'e2e-511921-2022' } });
  assert.equal(imported.status, 200, JSON.stringify(imported.body));
  assert.equal(imported.body.imported, 2);
  assert.equal(imported.body.submissions[0].state, 'submitted');
  const id = imported.body.submissions[0].id;
  // The script's retry (say, after a dropped connection) is answered from the first import.
  const retried = await call('POST', '/api/v1/data-value-sets?submit=true', { bearer: script, body: set, headers: { 'Idempotency-Key': 'e2e-511921-2022' } });
  assert.equal(retried.status, 200);
  assert.equal(retried.headers.get('idempotent-replayed'), 'true');
  assert.deepEqual(retried.body, imported.body);

  // Another county's clerk cannot read it.
  assert.equal((await call('GET', `/api/v1/submissions/${id}`, { bearer: await login('clerk-511902') })).status, 403);

  const reviewer = await login('reviewer');
  const queue = await call('GET', '/api/v1/submissions?state=submitted&period=2022', { bearer: reviewer });
  // Newest first: the submission just sent heads the queue's first page.
  assert.ok(queue.body.items.some((s) => s.id === id && s.orgUnit === '511921'));
  let seen = await call('GET', `/api/v1/submissions/${id}`, { bearer: reviewer });
  const returned = await call('POST', `/api/v1/submissions/${id}/return`, { bearer: reviewer, ifMatch: seen.etag,
    body: { comment: '请核对培训班次', valueComments: [{ indicator: CLASSES, comment: '与台账不一致' }] } });
  assert.equal(returned.status, 200, JSON.stringify(returned.body));
  assert.equal(returned.body.state, 'returned');

  const clerk = await login('clerk-511921');
  seen = await call('GET', `/api/v1/submissions/${id}`, { bearer: clerk });
  assert.equal(seen.body.reviewComment, '请核对培训班次');
  assert.equal(seen.body.values.find((v) => v.indicator === CLASSES).reviewComment, '与台账不一致');
  const fixed = await call('PUT', `/api/v1/submissions/${id}/values`, { bearer: clerk, ifMatch: seen.etag,
    body: { dataValues: [{ indicator: CLASSES, value: 14 }] } });
  assert.equal(fixed.status, 200, JSON.stringify(fixed.body));
  // The old ETag is stale now: a second edit based on it is refused and changes nothing.
  const stale = await call('PUT', `/api/v1/submissions/${id}/values`, { bearer: clerk, ifMatch: seen.etag,
    body: { dataValues: [{ indicator: CLASSES, value: 99 }] } });
  assert.equal(stale.status, 412);
  const resubmitted = await call('POST', `/api/v1/submissions/${id}/submit`, { bearer: clerk, ifMatch: fixed.etag });
  assert.equal(resubmitted.status, 200, JSON.stringify(resubmitted.body));

  seen = await call('GET', `/api/v1/submissions/${id}`, { bearer: reviewer });
  const approved = await call('POST', `/api/v1/submissions/${id}/approve`, { bearer: reviewer, ifMatch: seen.etag, body: {} });
  assert.equal(approved.status, 200, JSON.stringify(approved.body));
  assert.equal(approved.body.state, 'approved');

  const metrics = await call('GET', '/api/v1/metrics?orgUnit=511921&period=2022');
  const classes = metrics.body.items.find((m) => m.indicator === CLASSES);
  assert.equal(classes.value, 14);
  assert.deepEqual(
    { submission: classes.provenance.submission, recordedBy: classes.provenance.recordedBy, approvedBy: classes.provenance.approvedBy },
    { submission: id, recordedBy: 'clerk-511921', approvedBy: 'reviewer' });
  assert.equal(metrics.body.items.find((m) => m.indicator === MEETINGS).qualifier, 'more_than');

  const audit = await call('GET', `/api/v1/audit?submission=${id}`, { bearer: reviewer });
  assert.equal(audit.status, 200);
  assert.deepEqual(audit.body.items.map((e) => `${e.action} by ${e.actor.username}`), [
    'submission_created by service-account-county-511921',
    'value_added by service-account-county-511921',
    'value_added by service-account-county-511921',
    'submission_submitted by service-account-county-511921',
    'submission_returned by reviewer',
    'value_commented by reviewer',
    'value_changed by clerk-511921',
    'submission_submitted by clerk-511921',
    'submission_approved by reviewer',
    'value_approved by reviewer',
    'value_approved by reviewer',
  ]);
  const change = audit.body.items.find((e) => e.action === 'value_changed');
  assert.deepEqual([change.from.value, change.to.value], [12, 14]);
});
