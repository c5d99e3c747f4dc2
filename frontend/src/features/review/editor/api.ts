import { api, must, type Schemas } from '../../../shared/api/client';
import { allPages, LARGEST_PAGE } from '../../../shared/api/pages';
export { readDraft, startCorrection, type Draft } from '../../../shared/api/drafts';
import type { Draft } from '../../../shared/api/drafts';

export type DraftContent = Schemas['DraftContent'];
export type FigureRun = Schemas['FigureRun'];
export type Edition = Schemas['Edition'];
export type SubmissionSummary = Schemas['SubmissionSummary'];

const path = (year: number) => ({ path: { year: String(year) } });

/** Saves the content as the draft's next version; refused (412) when the draft is no longer at `version`. */
export async function saveDraft(year: number, content: DraftContent, version: number): Promise<Draft> {
  return must(await api.PUT('/api/v1/reviews/{year}/draft', {
    params: { ...path(year), header: { 'If-Match': `"${version}"` } },
    body: content,
  }));
}

/** Starts a year's review, from an earlier year's latest edition (its text kept, its figures moved on). */
export async function startReview(year: number, from?: number): Promise<Draft> {
  return must(await api.POST('/api/v1/reviews', { body: { year, ...(from ? { from } : {}) } }));
}

/** A figure marker as the draft would show it now: value, text and status. */
export async function previewFigure(year: number, markup: string): Promise<FigureRun> {
  return must(await api.GET('/api/v1/reviews/{year}/draft/figure', { params: { ...path(year), query: { markup } } }));
}

/** Publishes exactly the version the author checked (412 if it moved on); the new edition. */
export async function publish(year: number, version: number): Promise<Edition> {
  return must(await api.POST('/api/v1/reviews/{year}/editions', {
    params: { ...path(year), header: { 'If-Match': `"${version}"` } },
  }));
}

/** The submissions of a period, newest first: where a missing or unapproved figure must come from. */
export async function submissionsOf(period: string): Promise<SubmissionSummary[]> {
  return allPages(async (after) => must(await api.GET('/api/v1/submissions', {
    params: { query: { period, after, limit: LARGEST_PAGE } },
  })));
}

export type ReviewSummary = Schemas['ReviewSummary'];
export type Period = Schemas['Period'];

/** The published reviews (each as its latest edition). */
export async function publishedReviews(): Promise<ReviewSummary[]> {
  return must(await api.GET('/api/v1/reviews'));
}

/** Adds next year's reporting period (open for the counties), so its review can be started. */
export async function addYear(year: number): Promise<Period> {
  return must(await api.POST('/api/v1/periods', { body: { code: String(year) } }));
}
