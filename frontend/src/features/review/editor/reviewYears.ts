import type { Draft, Period, ReviewSummary } from './api';

/** One year as the reviewer's list shows it: whether its review is started, written, published. */
export interface ReviewYear {
  year: number;
  periodState: Period['state'];
  draft: Draft | null;
  published?: ReviewSummary;
  /** The latest earlier year with a published review: what a new review starts from. */
  startFrom?: number;
}

/** Every year with a period, newest first, with what can be done with its review. */
export function reviewYears(periods: Period[], published: ReviewSummary[], drafts: Map<number, Draft | null>): ReviewYear[] {
  const years = periods.filter((p) => p.kind === 'year').map((p) => ({ year: Number(p.code), state: p.state }));
  return years.sort((a, b) => b.year - a.year).map(({ year, state }) => ({
    year,
    periodState: state,
    draft: drafts.get(year) ?? null,
    published: published.find((r) => r.year === year),
    startFrom: published.map((r) => r.year).filter((y) => y < year).sort((a, b) => b - a)[0],
  }));
}

/** The year after the newest period: the one to add next. */
export function nextYear(periods: Period[]): number {
  const years = periods.filter((p) => p.kind === 'year').map((p) => Number(p.code));
  return years.length ? Math.max(...years) + 1 : new Date().getFullYear();
}
