import { beforeEach, describe, expect, it } from 'vitest';
import { copyKey, readCopy, stillUnsaved, writeCopy, type TypedValue } from './localCopy';

const typed = (value: string, comment = ''): TypedValue => ({ value, moreThan: false, comment });

describe('the local copy of unsaved values', () => {
  beforeEach(() => localStorage.clear());

  it('is kept per user and submission', () => {
    writeCopy(localStorage, copyKey('clerk-a', 7), '"3"', { 'x.count': typed('12') }, new Date('2099-01-01T00:00:00Z'));
    expect(readCopy(localStorage, copyKey('clerk-a', 7))).toEqual({
      etag: '"3"', savedAt: '2099-01-01T00:00:00.000Z', values: { 'x.count': typed('12') } });
    expect(readCopy(localStorage, copyKey('clerk-b', 7))).toBeNull();
    expect(readCopy(localStorage, copyKey('clerk-a', 8))).toBeNull();
  });

  it('goes away when nothing is left unsaved', () => {
    const key = copyKey('clerk-a', 7);
    writeCopy(localStorage, key, '"3"', { 'x.count': typed('12') });
    writeCopy(localStorage, key, '"4"', {});
    expect(localStorage.getItem(key)).toBeNull();
  });

  it('reads a damaged copy as none', () => {
    localStorage.setItem(copyKey('clerk-a', 7), '{not json');
    expect(readCopy(localStorage, copyKey('clerk-a', 7))).toBeNull();
  });

  it('keeps only the values the server does not hold yet', () => {
    const copy = { etag: '"3"', savedAt: '', values: { same: typed('5'), other: typed('6'), note: typed('5', 'why') } };
    expect(stillUnsaved(copy, () => typed('5'))).toEqual({ other: typed('6'), note: typed('5', 'why') });
  });
});
