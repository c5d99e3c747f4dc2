// The demo's generated values, without a stack: deterministic, within bounds, whole counts, the counties'
// adding up to the city's. Run by scripts/test (node --test scripts/demo/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generatedValue, plan, split, unitInterval } from './generate.mjs';

// Generated test data: a catalogue shaped like GET /api/v1/indicators; not the real catalogue.
const catalogue = [
  { code: 'theory.test_classes', valueType: 'count', aggregation: 'sum', min: 0, max: 1e9 },
  { code: 'theory.test_capped', valueType: 'count', aggregation: 'sum', min: 0, max: 105 },
  { code: 'cadre.test_share', valueType: 'percent', aggregation: 'none', min: 0, max: 100 },
  { code: 'talent.test_growth', valueType: 'growth_percent', aggregation: 'none', min: -100, max: 10000 },
  { code: 'cadre.test_points', valueType: 'percentage_point_change', aggregation: 'none', min: -100, max: 100 },
  { code: 'cadre.test_age', valueType: 'year_change', aggregation: 'none', min: -100, max: 100 },
];
const base2021 = { 'theory.test_classes': 6300, 'theory.test_capped': 100, 'cadre.test_share': 99.5,
  'talent.test_growth': 45.93, 'cadre.test_points': 8.5, 'cadre.test_age': -1.2 };
const counties = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7'];
const args = { catalogue, base2021, city: 'CITY', counties, year: '2099' };

test('the same inputs give the same values', () => {
  assert.deepEqual(plan(args), plan(structuredClone(args)));
  assert.equal(unitInterval('abc'), unitInterval('abc'));
  assert.notEqual(unitInterval('2099|CITY|a.b'), unitInterval('2098|CITY|a.b'));
});

test('values are within bounds, counts whole, at most 4 decimals', () => {
  for (const year of ['2022', '2023', '2099']) {
    const values = plan({ ...args, year });
    for (const [unit, byIndicator] of Object.entries(values)) {
      for (const [code, value] of Object.entries(byIndicator)) {
        const indicator = catalogue.find((i) => i.code === code);
        assert.ok(value >= indicator.min && value <= indicator.max, `${unit} ${code} ${value}`);
        assert.ok(Number.isFinite(value));
        if (indicator.valueType === 'count') assert.ok(Number.isInteger(value), `${code} ${value}`);
        assert.equal(value, Number(value.toFixed(4)));
      }
    }
  }
});

test('the city has every indicator; the counties the summed ones, adding up to the city value exactly', () => {
  const values = plan(args);
  assert.deepEqual(Object.keys(values.CITY).sort(), catalogue.map((i) => i.code).sort());
  for (const county of counties) assert.deepEqual(Object.keys(values[county]).sort(), ['theory.test_capped', 'theory.test_classes']);
  for (const code of ['theory.test_classes', 'theory.test_capped']) {
    assert.equal(counties.reduce((sum, c) => sum + values[c][code], 0), values.CITY[code], code);
  }
  assert.ok(values.CITY['theory.test_capped'] <= 105, 'the city total is kept within the bounds, then split');
  const grown = values.CITY['theory.test_classes'] / 6300;
  assert.ok(grown >= 1.02 && grown <= 1.12, String(grown));
});

test('a split adds up exactly, also for small totals', () => {
  for (const total of [0, 1, 6, 7, 8, 600, 12345]) {
    const parts = split(total, counties, `k${total}`);
    assert.equal(Object.values(parts).reduce((a, b) => a + b, 0), total);
    assert.ok(Object.values(parts).every((p) => Number.isInteger(p) && p >= 0));
  }
});

test('figures naming another unit get values of that unit; an unknown indicator gets none', () => {
  const values = plan({ ...args, extra: [['cadre.test_share', 'C3'], ['no.such_indicator', 'C3']] });
  assert.equal(typeof values.C3['cadre.test_share'], 'number');
  assert.equal(values.C3['no.such_indicator'], undefined);
  assert.equal(generatedValue(catalogue[2], 99.5, 'C3', '2099'), values.C3['cadre.test_share']);
});
