import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

/** The one API client: typed from ../openapi.yaml, so a contract change breaks the type check. */
export const api = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? 'http://localhost',
  fetch: (request) => globalThis.fetch(request),
});

export type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];

/** A problem's words for people: its detail, else its title. */
export function describeProblem(error: unknown): string {
  const problem = error as Partial<Problem> | undefined;
  return problem?.detail ?? problem?.title ?? String(error);
}
