// End-to-end: the JSON-stat export read back by an independent implementation (jsonstat-toolkit)
// agrees with /metrics, value by value and 余 by 余; every JSON-stat answer keeps the rules of the
// specification (jsonstat-spec.mjs) and becomes a table in the toolkit. Run by scripts/test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import JSONstat from 'jsonstat-toolkit';
import { parse } from 'csv-parse/sync';
import { validateDataset } from './jsonstat-spec.mjs';

const api = process.env.API_URL ?? 'http://localhost:8080';

/** A JSON-stat export that must be valid by the spec and load in the toolkit with a working toTable(). */
async function jsonStat(query) {
  const response = await fetch(`${api}/api/v1/exports?format=json-stat&${query}`);
  assert.equal(response.status, 200, query);
  const doc = await response.json();
  assert.deepEqual(validateDataset(doc), [], query);
  const ds = JSONstat(doc);
  assert.equal(ds.class, 'dataset', query);
  const table = ds.toTable();
  assert.ok(Array.isArray(table), `${query}: toTable() gave ${table}`);
  assert.equal(table.length, ds.n + 1, `${query}: a header and one row per cell`);
  assert.equal(ds.toTable({ type: 'arrobj' }).length, ds.n, query);
  return { doc, ds, table };
}

test('the JSON-stat export, read by jsonstat-toolkit, holds exactly the values of /metrics', async () => {
  const page = await (await fetch(`${api}/api/v1/metrics?period=2021&limit=1000`)).json();
  assert.equal(page.next, null, 'the year fits one page');
  const metrics = page.items;
  const { ds } = await jsonStat('period=2021');
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

test('an export matching no value is valid JSON-stat: the cube asked for, every cell missing', async () => {
  // 2021 is published and closed with the city's values only: 恩阳区 has none there, and never will.
  const none = await (await fetch(`${api}/api/v1/exports?period=2021&orgUnit=511903`)).json();
  assert.equal(none.dataValues.length, 0);
  const indicators = await (await fetch(`${api}/api/v1/indicators`)).json();
  const { doc, table } = await jsonStat('period=2021&orgUnit=511903');
  assert.deepEqual(doc.size, [indicators.length, 1, 1]);
  assert.ok(doc.value.every((v) => v === null));
  assert.ok(table.slice(1).every((row) => row[row.length - 1] === null));
  assert.equal(doc.updated, undefined);
  // The example: valid and loadable whether or not 2022 holds values for 恩阳区 by now.
  await jsonStat('period=2022&orgUnit=511903');
});

test('filtered, English, edition and whole-year JSON-stat answers are valid and load as tables', async () => {
  const { ds: talent } = await jsonStat('period=2021&category=talent&orgUnit=511900');
  assert.ok(talent.Dimension('indicator').id.every((code) => code.startsWith('talent.')));
  const growth = talent.Dimension('indicator').Category('talent.intent_agreements_growth');
  assert.equal(growth.unit.decimals, 2); // 45.93
  assert.equal(talent.Data({ indicator: 'talent.intent_agreements_growth', orgUnit: '511900', period: '2021' }).value, 45.93);

  const { ds: english } = await jsonStat('period=2021&lang=en');
  assert.equal(english.Dimension('orgUnit').Category('511900').label, 'Bazhong City');
  assert.equal(english.Dimension('indicator').Category('theory.training_classes').unit.label, 'sessions');
  assert.equal(english.Dimension('indicator').Category('theory.individuals_commended').unit.label, 'persons');
  for (const code of english.Dimension('indicator').id) {
    assert.doesNotMatch(english.Dimension('indicator').Category(code).unit.label, /\p{Script=Han}/u, code);
  }
  const rows = parse(await (await fetch(`${api}/api/v1/exports?period=2021&format=csv&lang=en`)).text(), { columns: true });
  assert.equal(rows.length, english.n);
  for (const row of rows) {
    assert.equal(row.unit, english.Dimension('indicator').Category(row.indicator).unit.label, row.indicator);
  }

  const editions = await (await fetch(`${api}/api/v1/reviews/2021/editions`)).json();
  const first = editions.find((e) => e.code === '2021-1');
  const { ds: edition } = await jsonStat('edition=2021-1');
  assert.equal(Date.parse(edition.updated), Math.floor(Date.parse(first.publishedAt)));
  assert.equal(edition.n, first.values); // one period, one unit: a cell per frozen value

  const year = await jsonStat('period=2021');
  const recorded = (await (await fetch(`${api}/api/v1/exports?period=2021`)).json()).dataValues
    .map((v) => Date.parse(v.provenance.recordedAt));
  assert.equal(Date.parse(year.doc.updated), Math.max(...recorded));
});
