import { describe, expect, it } from 'vitest';
import type { Indicator } from './api';
import { submitSummary } from './submitSummary';

// Generated indicators for the test.
const indicator = (code: string): Indicator => ({
  code, nameZh: code, nameEn: code, unit: '个', valueType: 'count', aggregation: 'sum', category: 'theory', min: 0, max: 1e8,
});
const [a, b, c, d, e] = ['t.a', 't.b', 't.c', 't.d', 't.e'].map(indicator) as [Indicator, Indicator, Indicator, Indicator, Indicator];

describe('submitSummary', () => {
  it('counts filled and empty fields and lists what changes against the approved value', () => {
    const summary = submitSummary([
      { indicator: a, value: '12', moreThan: false, approved: { value: 12, qualifier: 'exact' } },
      { indicator: b, value: ' 13 ', moreThan: false, approved: { value: 12, qualifier: 'exact' } },
      { indicator: c, value: '', moreThan: false, approved: { value: 4, qualifier: 'exact' } },
      { indicator: d, value: '7', moreThan: true, approved: null },
      { indicator: e, value: '12', moreThan: true, approved: { value: 12, qualifier: 'exact' } },
    ]);
    expect(summary.filled).toBe(4);
    expect(summary.unchanged).toBe(1);
    expect(summary.empty).toEqual([c]);
    expect(summary.changed).toEqual([
      { indicator: b, from: 12, fromMoreThan: false, to: 13, toMoreThan: false },
      { indicator: d, from: null, fromMoreThan: false, to: 7, toMoreThan: true },
      { indicator: e, from: 12, fromMoreThan: false, to: 12, toMoreThan: true }, // 12 → 12余 is a change
    ]);
  });
});
