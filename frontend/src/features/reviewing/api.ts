import { api, must, type Schemas } from '../../shared/api/client';
import { allPages, LARGEST_PAGE } from '../../shared/api/pages';
export { readDraft, startCorrection, type Draft } from '../../shared/api/drafts';

export type Submission = Schemas['Submission'];
export type SubmissionSummary = Schemas['SubmissionSummary'];
export type SubmissionState = Schemas['SubmissionState'];
export type Reconciliation = Schemas['Reconciliation'];
export type Edition = Schemas['Edition'];
export type ReviewSummary = Schemas['ReviewSummary'];

/** Every submission in the state (or in any), newest first. */
export async function queue(state?: SubmissionState): Promise<SubmissionSummary[]> {
  return allPages(async (after) => must(await api.GET('/api/v1/submissions', {
    params: { query: { ...(state ? { state } : {}), after, limit: LARGEST_PAGE } },
  })));
}

export async function readSubmission(id: number): Promise<Submission> {
  return must(await api.GET('/api/v1/submissions/{id}', { params: { path: { id: String(id) } } }));
}

export async function approve(s: Submission, comment: string): Promise<Submission> {
  return must(await api.POST('/api/v1/submissions/{id}/approve', {
    params: { path: { id: String(s.id) }, header: { 'If-Match': s.etag } },
    body: comment.trim() ? { comment } : {},
  }));
}

/** Sends a submission back: a comment for the clerk, and optionally one per value. */
export async function returnToClerk(s: Submission, comment: string,
                                    valueComments: { indicator: string; comment: string }[]): Promise<Submission> {
  return must(await api.POST('/api/v1/submissions/{id}/return', {
    params: { path: { id: String(s.id) }, header: { 'If-Match': s.etag } },
    body: { comment, valueComments },
  }));
}

export async function reconciliation(period: string): Promise<Reconciliation> {
  return must(await api.GET('/api/v1/reconciliation', { params: { query: { period } } }));
}

export async function reviews(): Promise<ReviewSummary[]> {
  return must(await api.GET('/api/v1/reviews'));
}

export async function editions(year: number): Promise<Edition[]> {
  return must(await api.GET('/api/v1/reviews/{year}/editions', { params: { path: { year: String(year) } } }));
}

export async function publishEdition(year: number): Promise<Edition> {
  return must(await api.POST('/api/v1/reviews/{year}/editions', { params: { path: { year: String(year) } } }));
}

/** An edition's section headings by section key (opening and closing have none). */
export async function sectionHeadings(year: number, edition: number): Promise<Record<string, string>> {
  const document = must(await api.GET('/api/v1/reviews/{year}/editions/{number}', {
    params: { path: { year: String(year), number: String(edition) } },
  }));
  return Object.fromEntries(document.sections.flatMap((s) => (s.heading ? [[s.key, s.heading]] : [])));
}

/** What changed from one edition of a year's review to another (blocks by character, figures, values). */
export async function compareEditions(year: number, from: number, to: number): Promise<Schemas['EditionComparison']> {
  return must(await api.GET('/api/v1/reviews/{year}/editions/{from}/compare/{to}', {
    params: { path: { year: String(year), from: String(from), to: String(to) } },
  }));
}

export type AuditEvent = Schemas['AuditEvent'];

/** A submission's history (every value and state change), oldest first. */
export async function historyOf(submission: number): Promise<AuditEvent[]> {
  return allPages(async (after) => must(await api.GET('/api/v1/audit', {
    params: { query: { submission: String(submission), after, limit: LARGEST_PAGE } },
  })));
}
