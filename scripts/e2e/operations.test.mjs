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

test('a reviewer reads the history, closes a closed year and opens an open one', async () => {
  const reviewer = await login('reviewer');
  assert.equal((await call('GET', '/api/v1/audit?limit=5', { bearer: reviewer })).status, 200);
  assert.equal((await call('POST', '/api/v1/periods/2021/close', { bearer: reviewer })).body.state, 'closed');
  assert.equal((await call('POST', '/api/v1/periods/2022/open', { bearer: reviewer })).body.state, 'open');
});

test('a reviewer adds the year 2023, open from January to December, once', async () => {
  const reviewer = await login('reviewer');
  const added = await call('POST', '/api/v1/periods', { bearer: reviewer, body: { code: '2023' } });
  assert.equal(added.status, 201, JSON.stringify(added.body));
  assert.match(added.headers.get('location'), /\/api\/v1\/periods\/2023$/);
  assert.deepEqual(added.body, { code: '2023', kind: 'year', startDate: '2023-01-01', endDate: '2023-12-31', state: 'open' });
  assert.equal((await call('POST', '/api/v1/periods', { bearer: reviewer, body: { code: '2023' } })).status, 409);
  const bad = await call('POST', '/api/v1/periods', { bearer: reviewer, body: { code: '3000' } });
  assert.equal(bad.status, 400);
  assert.equal(bad.body.errors[0].field, 'code');
  assert.ok((await call('GET', '/api/v1/periods')).body.some((p) => p.code === '2023' && p.state === 'open'));
  const history = await call('GET', '/api/v1/audit?period=2023&action=period_added', { bearer: reviewer });
  assert.deepEqual(history.body.items.map((e) => e.toState), ['open']);
});

test('a reviewer corrects the published 2021 review: a reason, then a new edition that supersedes the first', async () => {
  const reviewer = await login('reviewer');
  const before = (await call('GET', '/api/v1/reviews/2021/editions')).body.length;
  assert.equal((await call('POST', '/api/v1/reviews/2021/editions', { bearer: reviewer })).status, 409, 'a correction comes first');
  const reason = '端到端测试：更正说明（测试生成）';
  const started = await call('POST', '/api/v1/reviews/2021/corrections', { bearer: reviewer, body: { reason } });
  assert.equal(started.status, 200);
  assert.equal(started.body.reason, reason);
  assert.equal((await call('POST', '/api/v1/reviews/2021/corrections', { bearer: reviewer, body: { reason } })).status, 409,
    'one correction at a time');
  const published = await call('POST', '/api/v1/reviews/2021/editions', { bearer: reviewer });
  assert.equal(published.status, 201);
  assert.equal(published.body.code, `2021-${before + 1}`);
  assert.equal(published.body.reason, reason);
  const editions = (await call('GET', '/api/v1/reviews/2021/editions')).body;
  assert.equal(editions.at(-2).supersededBy, published.body.code);
  const latest = await call('GET', `/api/v1/reviews/2021/editions/${before + 1}`);
  assert.equal(latest.body.correction.reason, reason);
  assert.deepEqual(latest.body.correction.changes, [], 'the figures were right: nothing changed');
  assert.match((await call('GET', `/api/v1/reviews/2021/editions/${before + 1}/text`)).body, /^聚组织之力/);
  assert.equal((await call('GET', '/api/v1/reviews/2021/editions/999')).status, 404);
  assert.equal((await call('GET', '/api/v1/reviews/2021/editions/999/text')).status, 404);
  const compared = await call('GET', `/api/v1/reviews/2021/editions/1/compare/${before + 1}`);
  assert.equal(compared.status, 200);
  assert.deepEqual(compared.body.values, []);
  assert.equal((await call('GET', '/api/v1/reviews/2021/editions/1/compare/999')).status, 404);
});

test('a reviewer starts the 2022 review from 2021, saves a version over the one read, and cannot publish it yet', async () => {
  const reviewer = await login('reviewer');
  const started = await call('POST', '/api/v1/reviews', { bearer: reviewer, body: { year: 2022, from: 2021 } });
  assert.equal(started.status, 201, JSON.stringify(started.body));
  assert.equal(started.etag, '"1"');
  assert.equal((await call('POST', '/api/v1/reviews', { bearer: reviewer, body: { year: 2022 } })).status, 409);
  const draft = await call('GET', '/api/v1/reviews/2022/draft', { bearer: reviewer });
  assert.equal(draft.status, 200);
  assert.equal(draft.body.figures.total, 56);
  assert.equal((await call('GET', '/api/v1/reviews/1999/draft', { bearer: reviewer })).status, 404);
  // The editor's figure picker: one marker, rendered as the draft shows it.
  const shown = draft.body.sections.flatMap((s) => s.blocks).flatMap((b) => b.runs).find((r) => r.type === 'figure');
  const figure = await call('GET', `/api/v1/reviews/2022/draft/figure?markup=${encodeURIComponent(shown.markup)}`, { bearer: reviewer });
  assert.equal(figure.status, 200, JSON.stringify(figure.body));
  assert.deepEqual(figure.body, shown);
  assert.equal(figure.headers.get('cache-control'), 'private, no-store');
  const unknown = await call('GET', `/api/v1/reviews/2022/draft/figure?markup=${encodeURIComponent('{{talent.no_such_indicator}}')}`,
    { bearer: reviewer });
  assert.equal(unknown.status, 422);
  assert.equal(unknown.body.errors[0].field, 'markup');
  const content = {
    title: draft.body.title, subtitle: draft.body.subtitle,
    sections: draft.body.sections.map((s) => ({ key: s.key, heading: s.heading, theme: s.theme,
      blocks: s.blocks.map((b) => ({ kind: b.kind, source: b.source })) })),
  };
  const saved = await call('PUT', '/api/v1/reviews/2022/draft', { bearer: reviewer, ifMatch: draft.etag, body: content });
  assert.equal(saved.status, 200);
  assert.equal(saved.etag, '"2"');
  assert.equal((await call('PUT', '/api/v1/reviews/2022/draft', { bearer: reviewer, ifMatch: draft.etag, body: content })).status,
    412, 'a save over an older version changes nothing');
  assert.deepEqual((await call('GET', '/api/v1/reviews/2022/draft/versions', { bearer: reviewer })).body.map((v) => v.number), [1, 2]);
  assert.equal((await call('GET', '/api/v1/reviews/1999/draft/versions', { bearer: reviewer })).status, 404);
  assert.equal((await call('GET', '/api/v1/reviews/2022/draft/versions/1', { bearer: reviewer })).body.number, 1);
  assert.equal((await call('GET', '/api/v1/reviews/2022/draft/versions/9', { bearer: reviewer })).status, 404);
  const refused = await call('POST', '/api/v1/reviews/2022/editions', { bearer: reviewer });
  assert.equal(refused.status, 422, 'figures without approved values keep it from being published');
  assert.ok(refused.body.errors.length > 0);
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

test('an admin adds an indicator for a new year, narrows its bounds and removes it again', async () => {
  const admin = await login('admin');
  const code = `talent.e2e_generated_${Date.now()}`;
  const entry = { code, nameZh: '端到端测试指标', nameEn: 'End-to-end test indicator', unit: '名',
    valueType: 'count', aggregation: 'sum', category: 'talent', max: 1000 };
  const added = await call('POST', '/api/v1/indicators', { bearer: admin, body: entry });
  assert.equal(added.status, 201, JSON.stringify(added.body));
  assert.equal((await call('POST', '/api/v1/indicators', { bearer: admin, body: entry })).status, 409);
  assert.equal((await call('GET', `/api/v1/indicators/${code}`)).etag, added.etag);

  const path = `/api/v1/indicators/${code}`;
  const mergePatch = { 'Content-Type': 'application/merge-patch+json' };
  const unread = await call('PATCH', path, { bearer: admin, body: { max: 500 }, headers: mergePatch });
  assert.equal(unread.status, 428);
  const changed = await call('PATCH', path, { bearer: admin, ifMatch: added.etag, body: { max: 500 }, headers: mergePatch });
  assert.equal(changed.status, 200, JSON.stringify(changed.body));
  assert.equal(changed.body.indicator.max, 500);
  assert.deepEqual(changed.body.valuesOutsideBounds, []);

  const removed = await call('DELETE', path, { bearer: admin, ifMatch: changed.etag });
  assert.equal(removed.status, 204);
  assert.equal((await call('DELETE', path, { bearer: admin, ifMatch: changed.etag })).status, 404);
  const history = await call('GET', `/api/v1/audit?indicator=${code}`, { bearer: admin });
  assert.deepEqual(history.body.items.map((e) => e.action), ['indicator_added', 'indicator_changed', 'indicator_removed']);

  // An indicator an edition froze stays in the catalogue.
  const frozen = await call('GET', '/api/v1/indicators/theory.branch_life_meetings');
  const refused = await call('DELETE', '/api/v1/indicators/theory.branch_life_meetings', { bearer: admin, ifMatch: frozen.etag });
  assert.equal(refused.status, 409, JSON.stringify(refused.body));
  assert.equal((await call('GET', '/api/v1/indicators')).body.length, 56);
});
