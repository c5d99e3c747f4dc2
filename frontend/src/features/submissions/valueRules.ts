import type { Indicator } from './api';

/** A complaint about one field, as an i18n key and its parameters. */
export interface Complaint {
  field: 'value' | 'qualifier' | 'comment';
  key: string;
  params?: Record<string, string | number>;
}

const NUMBER = /^-?\d+(\.\d+)?$/;
const MAX_COMMENT = 2000;
// Control characters other than tab and line breaks, which the server refuses in comments.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/**
 * The server's rules for one value (submission/ValueCheck and Indicator.problemWith), checked before
 * sending so the clerk sees the same words at once: a plain decimal number, within the indicator's
 * bounds, whole for counts, at most 4 decimal places; 余 only for counts; comments short and printable.
 */
export function checkValue(indicator: Indicator, raw: string, moreThan: boolean, comment: string): Complaint[] {
  const complaints: Complaint[] = [];
  const text = raw.trim();
  if (!NUMBER.test(text)) {
    complaints.push({ field: 'value', key: 'rules.notNumber' });
  } else {
    const value = Number(text);
    const decimals = (text.split('.')[1] ?? '').replace(/0+$/, '').length;
    if (value < indicator.min || value > indicator.max) {
      complaints.push({ field: 'value', key: 'rules.bounds', params: { min: indicator.min, max: indicator.max } });
    } else if (indicator.valueType === 'count' && decimals > 0) {
      complaints.push({ field: 'value', key: 'rules.whole' });
    } else if (decimals > 4) {
      complaints.push({ field: 'value', key: 'rules.decimals' });
    }
  }
  if (moreThan && indicator.valueType !== 'count') {
    complaints.push({ field: 'qualifier', key: 'rules.moreThanCounts' });
  }
  if (comment.length > MAX_COMMENT) {
    complaints.push({ field: 'comment', key: 'rules.commentLength', params: { max: MAX_COMMENT } });
  } else if (CONTROL.test(comment)) {
    complaints.push({ field: 'comment', key: 'rules.commentControl' });
  }
  return complaints;
}
