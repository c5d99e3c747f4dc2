import { describe, expect, it } from 'vitest';
import type { Schemas } from '../api/client';
import { groupByReview, type ReviewOutline } from './reviewOrder';

// A generated catalogue and review outline for the test, not the real ones.
const indicator = (code: string, category: Schemas['Indicator']['category']): Schemas['Indicator'] => ({
  code, nameZh: code, nameEn: code, unit: '个', valueType: 'count', aggregation: 'sum', category, min: 0, max: 1e8,
});
const catalogue = [
  indicator('a.first', 'theory'), indicator('a.second', 'theory'), indicator('a.unstated', 'theory'),
  indicator('b.one', 'talent'), indicator('c.one', 'cadre'), indicator('d.new', 'grassroots'),
];
const figure = (code: string) => ({ type: 'figure' as const, indicator: code });
const text = { type: 'text' as const };
const review: ReviewOutline = {
  sections: [
    { key: 'opening', heading: null, blocks: [{ runs: [text] }] },
    { key: 'talent', heading: '人才', blocks: [{ runs: [figure('b.one')] }] },
    { key: 'theory', heading: '理论', blocks: [{ runs: [text, figure('a.second'), text] }, { runs: [figure('a.first')] }] },
    { key: 'cadre', heading: '干部', blocks: [{ runs: [figure('c.one')] }] },
    { key: 'closing', heading: null, blocks: [] },
  ],
};

describe('groupByReview', () => {
  it('follows the review’s sections, and within each the order the figures are stated', () => {
    const groups = groupByReview(catalogue, review);
    expect(groups.map((g) => [g.category, g.heading])).toEqual([
      ['talent', '人才'], ['theory', '理论'], ['cadre', '干部'], ['grassroots', null]]);
    expect(groups[1]!.indicators.map((i) => i.code)).toEqual(['a.second', 'a.first', 'a.unstated']);
  });

  it('puts what the review does not state at the end of its category, and a category without a section last', () => {
    const groups = groupByReview(catalogue, review);
    expect(groups[1]!.indicators.at(-1)!.code).toBe('a.unstated');
    expect(groups.at(-1)!.indicators.map((i) => i.code)).toEqual(['d.new']);
  });

  it('falls back to the categories’ usual order without a review', () => {
    expect(groupByReview(catalogue, null).map((g) => g.category)).toEqual(['theory', 'cadre', 'grassroots', 'talent']);
    expect(groupByReview(catalogue)[0]!.indicators.map((i) => i.code)).toEqual(['a.first', 'a.second', 'a.unstated']);
  });
});
