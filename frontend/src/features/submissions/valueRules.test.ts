import { describe, expect, it } from 'vitest';
import type { Indicator } from './api';
import { checkValue } from './valueRules';
import vectors from './valueRules.vectors.json';

// Generated catalogue entries for the test, not the real catalogue.
const count: Indicator = {
  code: 'test.count', nameZh: '测试计数', nameEn: 'Test count', unit: '个', valueType: 'count',
  aggregation: 'sum', category: 'grassroots', min: 0, max: 100000000,
};
const share: Indicator = { ...count, code: 'test.share', unit: '%', valueType: 'percent', aggregation: 'none', min: 0, max: 100 };

const keys = (indicator: Indicator, raw: string, moreThan = false, comment = '') =>
  checkValue(indicator, raw, moreThan, comment).map((c) => `${c.field}:${c.key}`);

describe('checkValue (the server’s rules, checked in the form)', () => {
  it('accepts plain numbers within bounds', () => {
    expect(keys(count, '1579')).toEqual([]);
    expect(keys(count, ' 0 ')).toEqual([]);
    expect(keys(share, '45.9300')).toEqual([]);
    expect(keys(count, '5000', true)).toEqual([]);
  });

  it('refuses what is not a plain decimal number', () => {
    for (const raw of ['', 'abc', '1e5', '1,000', 'NaN', 'Infinity', '12.', '.5']) {
      expect(keys(count, raw), raw).toEqual(['value:rules.notNumber']);
    }
  });

  it('refuses values out of bounds, fractions of counts and more than 4 decimals', () => {
    expect(keys(count, '-1')).toEqual(['value:rules.bounds']);
    expect(keys(share, '100.5')).toEqual(['value:rules.bounds']);
    expect(keys(count, '2.5')).toEqual(['value:rules.whole']);
    expect(keys(count, '2.000')).toEqual([]);
    expect(keys(share, '1.23456')).toEqual(['value:rules.decimals']);
  });

  it('allows 余 only for counts and keeps comments printable and short', () => {
    expect(keys(share, '50', true)).toEqual(['qualifier:rules.moreThanCounts']);
    expect(keys(count, '1', false, 'line one\nline two\t')).toEqual([]);
    expect(keys(count, '1', false, 'bell\u0007')).toEqual(['comment:rules.commentControl']);
    expect(keys(count, '1', false, 'x'.repeat(2001))).toEqual(['comment:rules.commentLength']);
  });
});

describe('the shared vectors (valueRules.vectors.json, which the server runs too)', () => {
  it('refuses exactly the fields each vector names', () => {
    const catalogue = vectors.indicators as Record<string, { valueType: string; unit: string; min: number; max: number }>;
    expect(vectors.cases.length).toBeGreaterThanOrEqual(15);
    for (const c of vectors.cases as Array<Record<string, unknown>>) {
      const entry = catalogue[c.indicator as string]!;
      const indicator = { ...count, code: c.indicator as string, valueType: entry.valueType, unit: entry.unit,
        min: entry.min, max: entry.max } as Indicator;
      const comment = typeof c.commentOfLength === 'number' ? '字'.repeat(c.commentOfLength) : (c.comment as string | undefined) ?? '';
      const fields = checkValue(indicator, c.value as string, c.qualifier === 'more_than', comment).map((x) => x.field);
      expect(fields, JSON.stringify(c)).toEqual(c.refused);
    }
  });
});
