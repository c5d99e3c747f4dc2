import createClient from 'openapi-fetch';
import { accessToken } from '../auth/token';
import type { components, paths } from './schema';
import { localProblem } from './problems';

/** The one API client: typed from ../openapi.yaml, so a contract change breaks the type check. */
export const api = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? 'http://localhost',
  fetch: (request) => globalThis.fetch(request),
});

// Every call carries the signed-in user's token; public reads simply ignore it.
api.use({
  onRequest({ request }) {
    const token = accessToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
});

export type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];
export type Violation = Schemas['Violation'];

/** A problem's words for people, in the interface language where its kind is known (else its detail, else its title). */
export function describeProblem(error: unknown): string {
  return localProblem(error).text;
}

/** The field-by-field complaints of a problem, if it has any. */
export function violationsOf(error: unknown): Violation[] {
  const problem = error as Partial<Problem> | undefined;
  return Array.isArray(problem?.errors) ? problem.errors : [];
}

/** The HTTP status a problem states, if it is one. */
export function problemStatus(error: unknown): number | undefined {
  const status = (error as Partial<Problem> | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** The data of an answer, or its problem thrown. */
export function must<T>(answer: { data?: T; error?: unknown }): T {
  if (answer.data === undefined) throw answer.error ?? new Error('empty answer');
  return answer.data;
}
