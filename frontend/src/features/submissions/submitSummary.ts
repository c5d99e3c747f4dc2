import type { Indicator } from './api';

/** One row of the form as the summary sees it. */
export interface SummaryRow {
  indicator: Indicator;
  /** What is in the field (empty: not reported). */
  value: string;
  moreThan: boolean;
  /** The value approved now for this unit and year, if any. */
  approved?: { value: number; qualifier: string } | null;
}

export interface SubmitSummary {
  filled: number;
  /** The indicators left empty, in the form's order. */
  empty: Indicator[];
  /** Filled values that differ from the approved one, or have none (from: null). */
  changed: { indicator: Indicator; from: number | null; fromMoreThan: boolean; to: number; toMoreThan: boolean }[];
  /** Filled values equal to the approved one. */
  unchanged: number;
}

/** What submitting would send, counted for the clerk to confirm: filled, empty, changed against the approved value. */
export function submitSummary(rows: SummaryRow[]): SubmitSummary {
  const summary: SubmitSummary = { filled: 0, empty: [], changed: [], unchanged: 0 };
  for (const row of rows) {
    const text = row.value.trim();
    if (text === '') {
      summary.empty.push(row.indicator);
      continue;
    }
    summary.filled++;
    const to = Number(text);
    const approved = row.approved;
    if (approved && approved.value === to && (approved.qualifier === 'more_than') === row.moreThan) {
      summary.unchanged++;
    } else {
      summary.changed.push({
        indicator: row.indicator,
        from: approved ? approved.value : null,
        fromMoreThan: approved?.qualifier === 'more_than',
        to,
        toMoreThan: row.moreThan,
      });
    }
  }
  return summary;
}
