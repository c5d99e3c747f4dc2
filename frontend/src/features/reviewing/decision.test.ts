import { describe, expect, it } from 'vitest';
import type { AuditEvent, Submission } from './api';
import { approvalOf, approvalPreview, decisionRows, returnsOf, sinceLastReturn } from './decision';

// A generated history of one submission, not real events.
let id = 0;
const event = (action: AuditEvent['action'], more: Partial<AuditEvent> = {}): AuditEvent => ({
  id: ++id, occurredAt: `2099-01-01T00:00:${String(id).padStart(2, '0')}Z`, actor: { subject: 's', username: more.comment ? 'reviewer-test' : 'clerk-test' },
  action, submission: 7, ...more,
});
const v = (value: number, qualifier: 'exact' | 'more_than' = 'exact') => ({ value, qualifier });

const history: AuditEvent[] = [
  event('submission_created'),
  event('value_added', { indicator: 't.a', to: v(10) }),
  event('value_added', { indicator: 't.b', to: v(5) }),
  event('value_added', { indicator: 't.c', to: v(1) }),
  event('submission_submitted'),
  event('submission_returned', { comment: '第一次退回' }),
  event('submission_submitted'),
  event('submission_returned', { comment: '请核对' }),
  event('value_commented', { indicator: 't.a', comment: '偏多' }),
  event('value_changed', { indicator: 't.a', from: v(10), to: v(8) }),
  event('value_changed', { indicator: 't.a', from: v(8), to: v(9) }),
  event('value_changed', { indicator: 't.b', from: v(5), to: v(6) }),
  event('value_changed', { indicator: 't.b', from: v(6), to: v(5) }),
  event('value_removed', { indicator: 't.c', from: v(1) }),
  event('value_added', { indicator: 't.d', to: v(3, 'more_than') }),
  event('submission_submitted'),
];

describe('the history of a submission', () => {
  it('lists every return with its comments', () => {
    const returns = returnsOf(history);
    expect(returns.map((r) => r.comment)).toEqual(['第一次退回', '请核对']);
    expect([...returns[1]!.valueComments]).toEqual([['t.a', '偏多']]);
    expect(returns[0]!.valueComments.size).toBe(0);
  });

  it('gives what changed since the last return, from the value then to the value now', () => {
    const since = sinceLastReturn(history)!;
    expect(since.returned.comment).toBe('请核对');
    expect(since.changes).toEqual([
      { indicator: 't.a', before: v(10), after: v(9) },
      { indicator: 't.c', before: v(1), after: null },
      { indicator: 't.d', before: null, after: v(3, 'more_than') },
    ]); // t.b went back to what it was
    expect(sinceLastReturn(history.slice(0, 5))).toBeNull();
  });

  it('gives the approval’s values against the ones they replaced', () => {
    const approved = [...history,
      event('submission_approved'),
      event('value_approved', { indicator: 't.a', from: v(12), to: v(9) }),
      event('value_approved', { indicator: 't.d', to: v(3, 'more_than') })];
    expect(approvalOf(approved)).toEqual({
      at: approved.at(-3)!.occurredAt, by: 'clerk-test',
      replaced: [{ indicator: 't.a', before: v(12), after: v(9) }, { indicator: 't.d', before: null, after: v(3, 'more_than') }],
    });
    expect(approvalOf(history)).toBeNull();
  });
});

describe('decisionRows', () => {
  const submission = {
    values: [
      { indicator: 't.a', unit: '个', value: 130, qualifier: 'exact', changed: true, approved: { value: 120, qualifier: 'exact', revision: 2 } },
      { indicator: 't.b', unit: '个', value: 50, qualifier: 'exact', changed: false, approved: { value: 50, qualifier: 'exact', revision: 1 } },
      { indicator: 't.c', unit: '%', value: 40, qualifier: 'exact', changed: true },
    ],
  } as Submission;
  const lastYear = new Map([['t.a', v(100)], ['t.b', v(48)]]);
  const rows = decisionRows(submission, (code) => lastYear.get(code));

  it('puts each value beside the approved one and last year’s, with the change and its flag', () => {
    expect(rows[0]).toEqual({ indicator: 't.a', unit: '个', submitted: v(130), approvedNow: v(120), lastYear: v(100),
      change: { difference: 30, percent: 30, large: true }, changed: true });
    expect(rows[1]!.change).toEqual({ difference: 2, percent: 4.2, large: false });
    expect(rows[2]).toMatchObject({ approvedNow: null, lastYear: null, change: null, changed: true });
  });

  it('counts what approving does', () => {
    expect(approvalPreview(rows)).toEqual({ total: 3, added: 1, replaced: 1, unchanged: 1, large: 1 });
  });
});
