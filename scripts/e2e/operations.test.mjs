// The operations the scenario tests do not reach, each called once as a client would, so that every
// operation of openapi.yaml is replayed through the validating proxy (see contract/coverage.check.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { login } from './lib/tokens.mjs';
import { call } from './lib/api.mjs';


test('the public reads answer', async () => {
  assert.equal((await call('GET', '/api/v1/reviews')).body[0].year, 2021);
  assert.equal((await call('GET', '/api/v1/reviews/2021')).body.sections.length, 6);
  assert.match((await call('GET', '/api/v1/reviews/2021/text')).body, /^聚组织之力/);
  assert.equal((await call('GET', '/api/v1/reviews/2021/sections/theory')).body.key, 'theory');
  assert.match((await call('GET', '/api/v1/reviews/2021/sections/theory/text')).body, /\S/);
  assert.equal((await call('GET', '/api/v1/reviews/2021/editions')).body[0].code, '2021-1');
  assert.equal((await call('GET', '/api/v1/indicators')).body.length, 56);
  assert.equal((await call('GET', '/api/v1/indicators/theory.branch_life_meetings')).body.unit, '个');
  assert.equal((await call('GET', '/api/v1/org-units')).body.length, 8);
  assert.equal((await call('GET', '/api/v1/org-units/511900')).body.level, 'city');
  assert.ok((await call('GET', '/api/v1/periods')).body.some((p) => p.code === '2022' && p.state === 'open'));
  assert.equal((await call('GET', '/api/v1/cadre-statistics/2021')).status, 200);
  assert.equal((await call('GET', '/api/v1/talent-recruitment/2021')).status, 200);
});

test('a reviewer reads the history, closes a closed year, opens an open one and publishes an edition', async () => {
  const reviewer = await login('reviewer');
  assert.equal((await call('GET', '/api/v1/audit?limit=5', { bearer: reviewer })).status, 200);
  assert.equal((await call('POST', '/api/v1/periods/2021/close', { bearer: reviewer })).body.state, 'closed');
  assert.equal((await call('POST', '/api/v1/periods/2022/open', { bearer: reviewer })).body.state, 'open');
  const before = (await call('GET', '/api/v1/reviews/2021/editions')).body.length;
  const published = await call('POST', '/api/v1/reviews/2021/editions', { bearer: reviewer });
  assert.equal(published.status, 201);
  assert.equal(published.body.code, `2021-${before + 1}`);
});

test('a clerk removes a value from a draft', async () => {
  const clerk = await login('clerk-bz-ctz');
  const opened = await call('POST', '/api/v1/submissions', { bearer: clerk, body: { orgUnit: 'BZ-CTZ', period: '2022' } });
  assert.equal(opened.status, 201, JSON.stringify(opened.body));
  const filled = await call('PUT', `/api/v1/submissions/${opened.body.id}/values`, { bearer: clerk, ifMatch: opened.etag,
    body: { dataValues: [{ indicator: 'theory.training_classes', value: 2 }] } });
  assert.equal(filled.status, 200);
  const removed = await call('DELETE', `/api/v1/submissions/${opened.body.id}/values/theory.training_classes`,
    { bearer: clerk, ifMatch: filled.etag });
  assert.equal(removed.status, 200);
  assert.deepEqual(removed.body.values, []);
});
