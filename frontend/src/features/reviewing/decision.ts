import { changeOf, type Change } from '../../shared/values/change';
import type { AuditEvent, Submission } from './api';

type Value = { value: number; qualifier: string };

/** A return to the unit: who, when, the comment, and the comments on single values. */
export interface Return {
  at: string;
  by: string;
  comment: string;
  valueComments: Map<string, string>;
}

/** What changed since the last return, per indicator: the value then and now (null: none). */
export interface SinceReturn {
  returned: Return;
  changes: { indicator: string; before: Value | null; after: Value | null }[];
}

/** The index of the last event of the kind, or -1. */
function lastIndexOf(history: AuditEvent[], action: AuditEvent['action']): number {
  for (let i = history.length - 1; i >= 0; i--) if (history[i]!.action === action) return i;
  return -1;
}

const VALUE_CHANGES = new Set(['value_added', 'value_changed', 'value_removed']);

/** Every return of the submission, oldest first, from its history. */
export function returnsOf(history: AuditEvent[]): Return[] {
  const returns: Return[] = [];
  for (const event of history) {
    if (event.action === 'submission_returned') {
      returns.push({ at: event.occurredAt, by: event.actor.username, comment: event.comment ?? '', valueComments: new Map() });
    } else if (event.action === 'value_commented' && returns.length && event.indicator) {
      returns.at(-1)!.valueComments.set(event.indicator, event.comment ?? '');
    }
  }
  return returns;
}

/**
 * After a resubmission: each value changed since the last return, from what it was at the return to
 * what it is now (several edits of one value are one change; a value changed and changed back is none).
 * Null when the submission was never returned.
 */
export function sinceLastReturn(history: AuditEvent[]): SinceReturn | null {
  const lastReturn = lastIndexOf(history, 'submission_returned');
  if (lastReturn < 0) return null;
  const byIndicator = new Map<string, { before: Value | null; after: Value | null }>();
  for (const event of history.slice(lastReturn + 1)) {
    if (!VALUE_CHANGES.has(event.action) || !event.indicator) continue;
    const known = byIndicator.get(event.indicator);
    const after = event.to ? { value: event.to.value, qualifier: event.to.qualifier } : null;
    if (known) known.after = after;
    else byIndicator.set(event.indicator, { before: event.from ? { value: event.from.value, qualifier: event.from.qualifier } : null, after });
  }
  const same = (a: Value | null, b: Value | null) => a?.value === b?.value && a?.qualifier === b?.qualifier;
  return {
    returned: returnsOf(history).at(-1)!,
    changes: [...byIndicator].filter(([, c]) => !same(c.before, c.after)).map(([indicator, c]) => ({ indicator, ...c })),
  };
}

/** The approval's effect, from the history: who and when, and each approved value with the one it replaced. */
export interface Approval {
  at: string;
  by: string;
  replaced: { indicator: string; before: Value | null; after: Value }[];
}

export function approvalOf(history: AuditEvent[]): Approval | null {
  const at = lastIndexOf(history, 'submission_approved');
  if (at < 0) return null;
  const replaced = history.slice(at + 1)
    .filter((e) => e.action === 'value_approved' && e.indicator && e.to)
    .map((e) => ({ indicator: e.indicator!, before: e.from ? { value: e.from.value, qualifier: e.from.qualifier } : null,
      after: { value: e.to!.value, qualifier: e.to!.qualifier } }));
  return { at: history[at]!.occurredAt, by: history[at]!.actor.username, replaced };
}

/** One value as the reviewer weighs it: submitted, approved now, last year, the change against last year. */
export interface DecisionRow {
  indicator: string;
  unit: string;
  submitted: Value;
  approvedNow: Value | null;
  lastYear: Value | null;
  /** Against last year's approved value; null without one. */
  change: Change | null;
  /** Differs from the value approved now (or there is none): the row is highlighted. */
  changed: boolean;
}

export function decisionRows(submission: Submission, lastYear: (indicator: string) => Value | undefined): DecisionRow[] {
  return submission.values.map((v) => {
    const last = lastYear(v.indicator) ?? null;
    return {
      indicator: v.indicator,
      unit: v.unit,
      submitted: { value: v.value, qualifier: v.qualifier },
      approvedNow: v.approved ? { value: v.approved.value, qualifier: v.approved.qualifier } : null,
      lastYear: last,
      change: changeOf(v.value, last?.value),
      changed: v.changed,
    };
  });
}

/** What approving would do, for the confirmation: new values, replaced ones, unchanged, large changes. */
export function approvalPreview(rows: DecisionRow[]) {
  return {
    total: rows.length,
    added: rows.filter((r) => !r.approvedNow).length,
    replaced: rows.filter((r) => r.approvedNow && r.changed).length,
    unchanged: rows.filter((r) => !r.changed).length,
    large: rows.filter((r) => r.change?.large).length,
  };
}
