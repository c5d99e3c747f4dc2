import { api, must, type Schemas } from './client';

/** The review calls both the editor (review feature) and the editions page (reviewing feature) make. */
export type Draft = Schemas['Draft'];

/** The draft of a year's review, or null when the year's review has not been started. */
export async function readDraft(year: number): Promise<Draft | null> {
  const answer = await api.GET('/api/v1/reviews/{year}/draft', { params: { path: { year: String(year) } } });
  return answer.response.status === 404 ? null : must(answer);
}

/** Reopens the published review's year for a correction; the next edition carries the reason. */
export async function startCorrection(year: number, reason: string): Promise<Schemas['Correction']> {
  return must(await api.POST('/api/v1/reviews/{year}/corrections', { params: { path: { year: String(year) } }, body: { reason } }));
}
