// End-to-end: the JSON-stat export read back by an independent implementation (jsonstat-toolkit)
// agrees with /metrics, value by value and 余 by 余. Run by scripts/test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import JSONstat from 'jsonstat-toolkit';

const api = process.env.API_URL ?? 'http://localhost:8080';

test('the JSON-stat export, read by jsonstat-toolkit, holds exactly the values of /metrics', async () => {
  const page = await (await fetch(`${api}/api/v1/metrics?period=2021&limit=1000`)).json();
  assert.equal(page.next, null, 'the year fits one page');
  const metrics = page.items;
  const response = await fetch(`${api}/api/v1/exports?period=2021&format=json-stat`);
  assert.equal(response.status, 200);
  const ds = JSONstat(await response.json());
  assert.equal(ds.class, 'dataset');
  assert.deepEqual(ds.id, ['indicator', 'orgUnit', 'period']);
  assert.deepEqual(ds.role.time, ['period']);
  assert.deepEqual(ds.role.geo, ['orgUnit']);
  assert.deepEqual(ds.role.metric, ['indicator']);
  assert.equal(ds.n, metrics.length); // one indicator per value here: 56 × 1 × 1, no empty cell
  for (const m of metrics) {
    const cell = ds.Data({ indicator: m.indicator, orgUnit: m.orgUnit, period: m.period });
    assert.equal(cell.value, m.value, m.indicator);
    assert.equal(cell.status === 'more_than', m.qualifier === 'more_than', m.indicator);
    assert.equal(ds.Dimension('indicator').Category(m.indicator).unit.label, m.unit, m.indicator);
  }
  assert.equal(ds.Dimension('orgUnit').Category('511900').label, '巴中市');
});

test('the CSV export is the same data as the JSON export, and a repeat is a 304', async () => {
  const json = await (await fetch(`${api}/api/v1/exports?period=2021`)).json();
  const csvResponse = await fetch(`${api}/api/v1/exports?period=2021&format=csv`);
  const lines = (await csvResponse.text()).trimEnd().split('\r\n');
  assert.equal(lines[0], 'indicator,indicator_name,org_unit,org_unit_name,period,value,unit,qualifier,revision,source,recorded_by,recorded_at,submission,approved_by');
  assert.equal(lines.length - 1, json.dataValues.length);
  const etag = csvResponse.headers.get('etag');
  const again = await fetch(`${api}/api/v1/exports?period=2021&format=csv`, { headers: { 'If-None-Match': etag } });
  assert.equal(again.status, 304);
});
