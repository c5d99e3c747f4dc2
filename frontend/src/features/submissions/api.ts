import { api, must, type Schemas } from '../../shared/api/client';
import { allPages, LARGEST_PAGE } from '../../shared/api/pages';
export type { Indicator } from '../../shared/api/reference';

export type Submission = Schemas['Submission'];
export type SubmissionSummary = Schemas['SubmissionSummary'];
export type ValueInput = Schemas['SubmissionValueInput'];
export type DataValueSetEntry = Schemas['DataValueSetEntry'];
export type ImportSummary = Schemas['ImportSummary'];

/** All of the unit's submissions, newest first. */
export async function listMine(orgUnit: string): Promise<SubmissionSummary[]> {
  return allPages(async (after) => must(await api.GET('/api/v1/submissions', {
    params: { query: { orgUnit, after, limit: LARGEST_PAGE } },
  })));
}

export async function openSubmission(orgUnit: string, period: string): Promise<Submission> {
  return must(await api.POST('/api/v1/submissions', { body: { orgUnit, period } }));
}

export async function readSubmission(id: number): Promise<Submission> {
  return must(await api.GET('/api/v1/submissions/{id}', { params: { path: { id: String(id) } } }));
}

/** Every change names the version it was made on (If-Match), so no one overwrites another's edit unseen. */
export async function saveValues(s: Submission, dataValues: ValueInput[]): Promise<Submission> {
  return must(await api.PUT('/api/v1/submissions/{id}/values', {
    params: { path: { id: String(s.id) }, header: { 'If-Match': s.etag } },
    body: { dataValues },
  }));
}

export async function removeValue(s: Submission, indicator: string): Promise<Submission> {
  return must(await api.DELETE('/api/v1/submissions/{id}/values/{indicator}', {
    params: { path: { id: String(s.id), indicator }, header: { 'If-Match': s.etag } },
  }));
}

export async function submitForReview(s: Submission): Promise<Submission> {
  return must(await api.POST('/api/v1/submissions/{id}/submit', {
    params: { path: { id: String(s.id) }, header: { 'If-Match': s.etag } },
  }));
}

/** Checks (dryRun) or stores a file's values; the answer is the import summary or the problem. */
export async function importValues(dataValues: DataValueSetEntry[], dryRun: boolean, idempotencyKey: string) {
  return api.POST('/api/v1/data-value-sets', {
    params: { query: { dryRun: dryRun ? 'true' : 'false' }, header: { 'Idempotency-Key': idempotencyKey } },
    body: { dataValues },
  });
}
