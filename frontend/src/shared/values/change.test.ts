import { describe, expect, it } from 'vitest';
import { changeOf, describeChange, LARGE_CHANGE_PERCENT, previousPeriod, signed } from './change';

describe('changeOf', () => {
  it('gives the difference and its percent of the earlier value', () => {
    expect(changeOf(110, 100)).toEqual({ difference: 10, percent: 10, large: false });
    expect(changeOf(45.9, 42.3)).toEqual({ difference: 3.6, percent: 8.5, large: false });
  });

  it(`flags a change of ${LARGE_CHANGE_PERCENT} % or more, up or down, and not less`, () => {
    expect(changeOf(130, 100)?.large).toBe(true);
    expect(changeOf(70, 100)?.large).toBe(true);
    expect(changeOf(129, 100)?.large).toBe(false);
    expect(changeOf(71, 100)?.large).toBe(false);
  });

  it('has no percent of 0, and flags anything that appears where there was 0', () => {
    expect(changeOf(5, 0)).toEqual({ difference: 5, percent: null, large: true });
    expect(changeOf(0, 0)).toEqual({ difference: 0, percent: null, large: false });
  });

  it('measures against the size of a negative base', () => {
    expect(changeOf(-1, -2)).toEqual({ difference: 1, percent: 50, large: true });
  });

  it('is null without both values', () => {
    expect(changeOf(undefined, 3)).toBeNull();
    expect(changeOf(3, null)).toBeNull();
  });
});

describe('describeChange', () => {
  it('writes counts with their unit and percent, percentages in points', () => {
    expect(describeChange(changeOf(90, 100)!, '个', '个百分点', 'zh-CN')).toBe('−10个（−10%）');
    expect(describeChange(changeOf(63.5, 55)!, '%', '个百分点', 'zh-CN')).toBe('+8.5个百分点');
    expect(describeChange(changeOf(3, 0)!, '名', ' points', 'zh-CN')).toBe('+3名');
  });

  it('in English writes the unit in English', () => {
    expect(describeChange(changeOf(90, 100)!, '期', '个百分点', 'en')).toBe('−10 sessions (−10%)');
    expect(describeChange(changeOf(90, 100)!, '个', '个百分点', 'en')).toBe('−10 (−10%)');
    expect(describeChange(changeOf(63.5, 55)!, '%', ' percentage points', 'en')).toBe('+8.5 percentage points');
  });

  it('signs numbers as a change is written', () => {
    expect([signed(2), signed(-2.5), signed(0)]).toEqual(['+2', '−2.5', '0']);
  });
});

describe('previousPeriod', () => {
  it('is the year before, for years only', () => {
    expect(previousPeriod('2022')).toBe('2021');
    expect(previousPeriod('2022Q1')).toBeUndefined();
  });
});
