// The JSON-stat 2.0 validator's own tests: small datasets that keep each rule of the specification,
// and for every rule one that breaks it. Needs no backend.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isEcmaDateTime, validateDataset } from './jsonstat-spec.mjs';

// A made-up 2 × 3 × 1 cube: a metric with units, a geo dimension (index as an object), a constant time.
function sample() {
  return {
    version: '2.0',
    class: 'dataset',
    label: 'Sample',
    source: 'Tests',
    updated: '2022-03-01T08:30:00.123Z',
    id: ['metric', 'area', 'year'],
    size: [2, 3, 1],
    role: { metric: ['metric'], geo: ['area'], time: ['year'] },
    dimension: {
      metric: {
        label: 'metric',
        category: {
          index: ['pop', 'share'],
          label: { pop: 'population', share: 'share' },
          unit: { pop: { label: 'persons', decimals: 0 }, share: { label: 'percent', decimals: 1, symbol: '%', position: 'end' } },
        },
      },
      area: {
        label: 'area',
        category: {
          index: { A: 0, B: 1, T: 2 },
          label: { A: 'a', B: 'b', T: 'total' },
          child: { T: ['A', 'B'] },
          coordinates: { A: [1.5, 41.2], B: [2.1, 41.4] },
        },
      },
      year: { category: { label: { 2021: '2021' } } },
    },
    value: [10, 20, 30, 1.5, null, 2.5],
    status: { 4: 'm' },
  };
}

/** The sample as `change` leaves it (edited in place), or what `change` returns instead of it. */
function broken(change) {
  const ds = sample();
  return change(ds) ?? ds;
}

test('valid datasets pass', () => {
  assert.deepEqual(validateDataset(sample()), []);
  // Sparse value, status for every cell or one string for all, later versions, a date-only updated.
  assert.deepEqual(validateDataset(broken((ds) => { ds.value = { 0: 10, 5: 2.5 }; })), []);
  assert.deepEqual(validateDataset(broken((ds) => { ds.status = ['a', 'a', 'a', 'a', 'm', 'a']; })), []);
  assert.deepEqual(validateDataset(broken((ds) => { ds.status = 'e'; })), []);
  assert.deepEqual(validateDataset(broken((ds) => { ds.version = '2.1'; })), []);
  assert.deepEqual(validateDataset(broken((ds) => { ds.updated = '2012-11-27'; })), []);
  assert.deepEqual(validateDataset(broken((ds) => { delete ds.updated; delete ds.role; delete ds.dimension.metric.category.unit; })), []);
  // A dimension without categories and a cube without cells: the spec sets no minimum size.
  assert.deepEqual(validateDataset({
    version: '2.0', class: 'dataset', id: ['a'], size: [0], dimension: { a: { category: { index: [] } } }, value: [],
  }), []);
});

// name → [how the sample is broken, the problem the validator must report]
const invalid = {
  'not an object': [() => [], /JSON object/],
  'an unknown root property': [(ds) => { ds.rows = []; }, /rows is not/],
  'no version': [(ds) => { delete ds.version; }, /^version/],
  'a version before 2.0': [(ds) => { ds.version = '1.0'; }, /^version/],
  'another class': [(ds) => { ds.class = 'collection'; }, /^class/],
  'no class': [(ds) => { delete ds.class; }, /^class/],
  'a label that is not a string': [(ds) => { ds.label = 3; }, /^label/],
  'no id': [(ds) => { delete ds.id; }, /^id must/],
  'a repeated dimension ID': [(ds) => { ds.id = ['metric', 'metric', 'year']; }, /^id must/],
  'no size': [(ds) => { delete ds.size; }, /^size must/],
  'a size that is not an integer': [(ds) => { ds.size = [2, 1.5, 1]; }, /^size must/],
  'a negative size': [(ds) => { ds.size = [2, -3, 1]; }, /^size must/],
  'id and size of different lengths': [(ds) => { ds.size = [2, 3]; }, /size has 2 elements/],
  'a role naming no dimension': [(ds) => { ds.role.geo = ['country']; }, /role.geo names country/],
  'an unknown role': [(ds) => { ds.role.sex = ['area']; }, /role.sex is not a role/],
  'no dimension': [(ds) => { delete ds.dimension; }, /^dimension must/],
  'a dimension of id missing': [(ds) => { delete ds.dimension.year; }, /dimension year of id is missing/],
  'a dimension not in id': [(ds) => { ds.dimension.sex = { category: { index: ['M'] } }; }, /dimension sex is not in id/],
  'a dimension without category': [(ds) => { delete ds.dimension.area.category; }, /area: category is required/],
  'an unknown dimension property': [(ds) => { ds.dimension.area.codes = []; }, /codes is not/],
  'an unknown category property': [(ds) => { ds.dimension.area.category.order = []; }, /order is not/],
  'index shorter than size': [(ds) => { ds.dimension.metric.category.index = ['pop']; }, /metric has 1 categories, size says 2/],
  'index positions that are not 0..n-1': [(ds) => { ds.dimension.area.category.index = { A: 0, B: 2, T: 3 }; }, /index positions/],
  'a repeated category in index': [(ds) => { ds.dimension.metric.category.index = ['pop', 'pop']; }, /distinct category IDs/],
  'no index on a dimension of several categories': [(ds) => { delete ds.dimension.metric.category.index; }, /exactly one category/],
  'a constant dimension with neither index nor label': [(ds) => { ds.dimension.year.category = {}; }, /year: category index is required/],
  'a category label for no category': [(ds) => { ds.dimension.area.category.label.Z = 'z'; }, /label Z is not/],
  'an empty category label': [(ds) => {
    ds.size = [0, 3, 1];
    ds.value = [];
    ds.status = {};
    ds.dimension.metric.category = { index: [], label: {} };
  }, /labels at least one category/],
  'category label as a string': [(ds) => { ds.dimension.area.category.label = 'areas'; }, /category label must be an object/],
  'a child that is not a category': [(ds) => { ds.dimension.area.category.child = { T: ['A', 'C'] }; }, /child C is not/],
  'coordinates that are not a pair': [(ds) => { ds.dimension.area.category.coordinates.A = [1.5]; }, /coordinates of A/],
  'a unit outside a metric dimension': [(ds) => { ds.dimension.area.category.unit = { A: { decimals: 0 } }; }, /area: category unit belongs/],
  'a unit without decimals': [(ds) => { delete ds.dimension.metric.category.unit.pop.decimals; }, /unit of pop needs decimals/],
  'negative decimals': [(ds) => { ds.dimension.metric.category.unit.pop.decimals = -1; }, /unit of pop needs decimals/],
  'fractional decimals': [(ds) => { ds.dimension.metric.category.unit.share.decimals = 1.5; }, /unit of share needs decimals/],
  'a unit for no category': [(ds) => { ds.dimension.metric.category.unit.gdp = { decimals: 0 }; }, /unit gdp is not/],
  'a unit position other than start or end': [(ds) => { ds.dimension.metric.category.unit.share.position = 'after'; }, /position of share/],
  'no value': [(ds) => { delete ds.value; }, /^value must/],
  'a value array of the wrong length': [(ds) => { ds.value.pop(); }, /value has 5 elements/],
  'a value that is not a number': [(ds) => { ds.value[0] = '10'; }, /value\[0\]/],
  'a sparse value outside the cube': [(ds) => { ds.value = { 0: 1, 6: 2 }; }, /value key 6/],
  'a sparse value key that is not a position': [(ds) => { ds.value = { first: 1 }; }, /value key first/],
  'a status array of the wrong length': [(ds) => { ds.status = ['a', 'm']; }, /status has 2 elements/],
  'the deprecated one-element status array': [(ds) => { ds.status = ['e']; }, /status has 1 elements/],
  'a status key outside the cube': [(ds) => { ds.status = { 6: 'm' }; }, /status key 6/],
  'a status that is not a string': [(ds) => { ds.status = { 1: 2 }; }, /status 1 must/],
  'a status that is a number': [(ds) => { ds.status = 3; }, /^status must/],
  'updated not a date': [(ds) => { ds.updated = 'yesterday'; }, /^updated/],
  'updated with a month 13': [(ds) => { ds.updated = '2021-13-01T00:00:00Z'; }, /^updated/],
  'updated on 30 February': [(ds) => { ds.updated = '2021-02-30'; }, /^updated/],
  'updated with microseconds': [(ds) => { ds.updated = '2022-03-01T08:30:00.123456Z'; }, /^updated/],
  'updated as a number': [(ds) => { ds.updated = 1646123400000; }, /^updated/],
};

// Each case must fail for its own rule, not for something else it happens to break.
for (const [name, [change, expected]] of Object.entries(invalid)) {
  test(`invalid: ${name}`, () => {
    const problems = validateDataset(broken(change));
    assert.ok(problems.some((p) => expected.test(p)), `${name}: ${JSON.stringify(problems)}`);
  });
}

test('the ECMA-262 date-time forms', () => {
  for (const ok of ['2021', '2021-07', '2021-07-04', '2021-07-04T10:20', '2021-07-04T10:20:30', '2021-07-04T10:20:30.123Z',
    '2021-07-04T10:20:30+08:00', '2020-02-29', '2021-07-04T24:00:00Z', '+002021-07-04']) {
    assert.ok(isEcmaDateTime(ok), ok);
  }
  for (const bad of ['21-07-04', '2021-7-4', '2021-07-04 10:20', '2021-07-04T25:00', '2021-07-04T10:60', '2019-02-29',
    '2021-07-04T24:00:01Z', '2021-07-04T10:20:30.1Z', '2021-07-04T10:20:30+0800', '', null]) {
    assert.ok(!isEcmaDateTime(bad), String(bad));
  }
});
