import { api, must, type Schemas } from '../../shared/api/client';
import { allPages, LARGEST_PAGE } from '../../shared/api/pages';

export type ReviewDocument = Schemas['ReviewDocument'];
export type FigureRun = Schemas['FigureRun'];
export type Metric = Schemas['Metric'];
export type ValueChange = Schemas['ValueChange'];

/** What a reader needs to set a review: the text, and names and sources for its figures. */
export interface ReviewReading {
  review: ReviewDocument;
  indicatorNames: Record<string, string>;
  /** Each indicator's unit, for values the text does not write itself (a correction's old and new ones). */
  indicatorUnits: Record<string, string>;
  orgUnitNames: Record<string, string>;
  /** Approved values of the review's unit and year by indicator, for their provenance. */
  metrics: Record<string, Metric>;
}

/** The newest published review's year, or null when none is published. */
export async function latestPublishedYear(): Promise<number | null> {
  const { data, error } = await api.GET('/api/v1/reviews');
  if (error) throw error;
  const years = data.filter((r) => r.state === 'published').map((r) => r.year);
  return years.length ? Math.max(...years) : null;
}

export async function readReview(year: number): Promise<ReviewReading> {
  // The names don't depend on the review: ask for them alongside it, and only the metrics after.
  const names = Promise.all([api.GET('/api/v1/indicators'), api.GET('/api/v1/org-units')]);
  const { data: review, error } = await api.GET('/api/v1/reviews/{year}', { params: { path: { year: String(year) } } });
  if (error) throw error;
  const [[indicators, orgUnits], metrics] = await Promise.all([
    names,
    allPages(async (after) => must(await api.GET('/api/v1/metrics', {
      params: { query: { period: [review.period], orgUnit: [review.orgUnit], after, limit: LARGEST_PAGE } },
    }))),
  ]);
  return {
    review,
    indicatorNames: Object.fromEntries(must(indicators).map((i) => [i.code, i.nameZh])),
    indicatorUnits: Object.fromEntries(must(indicators).map((i) => [i.code, i.unit])),
    orgUnitNames: Object.fromEntries(must(orgUnits).map((u) => [u.code, u.nameZh])),
    metrics: Object.fromEntries(metrics.map((m) => [m.indicator, m])),
  };
}
