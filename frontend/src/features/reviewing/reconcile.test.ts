import { describe, expect, it } from 'vitest';
import { arrange, countsByStatus, type Line, type Status } from './reconcile';

// Generated lines for the test, not real figures.
const line = (indicator: string, status: Status): Line => ({
  indicator, unit: '个', cityValue: null, cityQualifier: null, countySum: null, countiesReporting: 0,
  countiesMissing: [], difference: null, approximate: false, status,
});
const lines = [line('t.a', 'match'), line('t.b', 'no_data'), line('t.c', 'incomplete'), line('t.d', 'mismatch'),
  line('t.e', 'no_data'), line('t.f', 'incomplete')];
const rank = (code: string) => ['t.f', 't.e', 't.d', 't.c', 't.b', 't.a'].indexOf(code);

describe('reconciliation lines', () => {
  it('are counted by status', () => {
    expect(countsByStatus(lines)).toEqual({ mismatch: 1, city_missing: 0, incomplete: 2, no_county_data: 0, match: 1, no_data: 2 });
  });

  it('come problems first, in the given order within a status, with the lines without data apart', () => {
    const { shown, noData } = arrange(lines, 'all', rank);
    expect(shown.map((l) => l.indicator)).toEqual(['t.d', 't.f', 't.c', 't.a']);
    expect(noData.map((l) => l.indicator)).toEqual(['t.e', 't.b']);
  });

  it('can be only the problems, or one status', () => {
    expect(arrange(lines, 'problems', rank)).toEqual({ shown: [lines[3], lines[5], lines[2]], noData: [] });
    expect(arrange(lines, 'no_data', rank).shown.map((l) => l.indicator)).toEqual(['t.e', 't.b']);
    expect(arrange(lines, 'match', rank)).toEqual({ shown: [lines[0]], noData: [] });
  });
});
