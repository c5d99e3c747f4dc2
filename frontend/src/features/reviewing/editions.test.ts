import { describe, expect, it } from 'vitest';
import type { Period } from '../../shared/api/reference';
import type { Draft, Edition, ReviewSummary } from './api';
import { editionYears, publishStep } from './editions';

// Generated shapes for the test; only the fields the helpers read matter.
const edition = { code: '2099-1' } as Edition;
const draft = { correction: null } as Draft;
const correcting = { correction: { reason: '测试原因', by: 'reviewer-test', at: '2099-05-01T00:00:00Z' } } as Draft;

describe('publishStep', () => {
  it('publishes a first edition as it is, and any later one only as a correction with its reason', () => {
    expect(publishStep([], null)).toBe('unwritten');
    expect(publishStep([], draft)).toBe('first');
    expect(publishStep([edition], draft)).toBe('reason');
    expect(publishStep([edition], correcting)).toBe('correcting');
  });
});

describe('editionYears', () => {
  it('offers every reporting year and every published review’s, newest first, once each', () => {
    const periods = [
      { code: '2098', kind: 'year' }, { code: '2099', kind: 'year' },
    ] as Period[];
    const reviews = [{ year: 2099 }, { year: 2097 }] as ReviewSummary[];
    expect(editionYears(periods, reviews)).toEqual([2099, 2098, 2097]);
    expect(editionYears([], [])).toEqual([]);
  });
});
