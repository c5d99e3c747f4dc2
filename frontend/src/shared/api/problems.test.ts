import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../app/i18n'; // makes the interface's words known to problems.ts, as in the app
import { describeProblem } from './client';
import { localProblem, localViolation, problemKind } from './problems';

const conflict = {
  type: 'urn:zongshu:problem:conflict', title: 'Conflict with the current state', status: 409,
  detail: 'submission 7 is approved and cannot be changed', instance: '/api/v1/submissions/7',
};

afterEach(() => {
  i18n.global.locale.value = 'zh-CN';
});

describe('server problems in the interface language', () => {
  it('reads the kind from the type', () => {
    expect(problemKind(conflict)).toBe('conflict');
    expect(problemKind({ type: 'urn:zongshu:problem:invalid-body' })).toBe('invalidBody');
    expect(problemKind({ type: 'urn:zongshu:problem:http-418' })).toBe('http');
    expect(problemKind(new Error('x'))).toBeUndefined();
  });

  it('says a known kind in Chinese, keeping the server’s sentence beside it', () => {
    expect(localProblem(conflict)).toEqual({ text: i18n.global.t('problem.kind.conflict'), server: conflict.detail });
    expect(describeProblem(conflict)).toMatch(/冲突/);
  });

  it('keeps the server’s precise English sentence in English mode', () => {
    i18n.global.locale.value = 'en';
    expect(describeProblem(conflict)).toBe(conflict.detail);
  });

  it('falls back to the server’s text for a kind it does not know', () => {
    expect(describeProblem({ type: 'urn:zongshu:problem:something-new', detail: 'new words' })).toBe('new words');
    expect(describeProblem({ title: 'only a title' })).toBe('only a title');
  });

  it('says that the server could not be reached in the interface language', () => {
    expect(describeProblem(new TypeError('Failed to fetch'))).toBe(i18n.global.t('problem.network'));
    i18n.global.locale.value = 'en';
    expect(describeProblem(new TypeError('Failed to fetch'))).toMatch(/could not be reached/);
  });

  it('translates the common violation phrasings and leaves the others as written', () => {
    expect(localViolation('is required (a JSON number)').text).toBe('必填');
    expect(localViolation('must be at most 500 characters').text).toBe('最多 500 个字符');
    expect(localViolation('unknown indicator theory.nope').text).toBe('没有指标 theory.nope');
    expect(localViolation('must be between 0 and 100000 for grassroots.x').text).toBe('应在 0 到 100000 之间');
    expect(localViolation('must have at most 4 decimal places').text).toBe('最多保留 4 位小数');
    expect(localViolation('must not be above max (100)')).toEqual({ text: 'must not be above max (100)' });
    i18n.global.locale.value = 'en';
    expect(localViolation('is required (a JSON number)').text).toBe('is required (a JSON number)');
  });
});
