import { api, must, type Schemas } from './client';
import { allPages, LARGEST_PAGE } from './pages';
import type { ReviewOutline } from '../values/reviewOrder';

export type Metric = Schemas['Metric'];

/** A unit's approved values for some periods, keyed "period|indicator" (public read, every page). */
export async function approvedValues(orgUnit: string, periods: string[]): Promise<Map<string, Metric>> {
  if (!periods.length) return new Map();
  const items = await allPages(async (after) => must(await api.GET('/api/v1/metrics', {
    params: { query: { orgUnit: [orgUnit], period: periods, after, limit: LARGEST_PAGE } },
  })));
  return new Map(items.map((m) => [`${m.period}|${m.indicator}`, m]));
}

/**
 * The review whose order the working screens follow for a period: the latest published review of that
 * year or before (while a year's figures come in, its own review is not written yet: last year's is).
 * Null when there is none.
 */
export async function reviewOutlineFor(period: string): Promise<ReviewOutline | null> {
  const year = Number.parseInt(period, 10);
  const reviews = must(await api.GET('/api/v1/reviews'));
  const chosen = reviews.filter((r) => Number.isNaN(year) || r.year <= year).sort((a, b) => b.year - a.year)[0]
    ?? reviews.sort((a, b) => b.year - a.year)[0];
  if (!chosen) return null;
  return must(await api.GET('/api/v1/reviews/{year}', { params: { path: { year: String(chosen.year) } } }));
}
