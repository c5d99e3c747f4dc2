import type { Period } from '../../shared/api/reference';
import type { Draft, Edition, ReviewSummary } from './api';

/**
 * What publishing a year's review takes now: `unwritten`, no review to publish; `first`, the first
 * edition, published as it is; `reason`, an edition is out, so another is a correction and needs its
 * reason first; `correcting`, a correction is under way and the next edition will carry its reason.
 */
export type PublishStep = 'unwritten' | 'first' | 'reason' | 'correcting';

export function publishStep(editions: Edition[], draft: Draft | null): PublishStep {
  if (!draft) return 'unwritten';
  if (draft.correction) return 'correcting';
  return editions.length ? 'reason' : 'first';
}

/** The years a reviewer may publish: every reporting year and every published review's, newest first. */
export function editionYears(periods: Period[], reviews: ReviewSummary[]): number[] {
  const years = new Set([
    ...periods.filter((p) => p.kind === 'year').map((p) => Number(p.code)),
    ...reviews.map((r) => r.year),
  ]);
  return [...years].filter(Number.isInteger).sort((a, b) => b - a);
}
