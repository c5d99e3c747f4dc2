import { describe, expect, it } from 'vitest';
import { dropLocalCopy, keepLocally, localCopy } from './localCopy';

describe('the local copy of unsaved words', () => {
  const content = { title: '标题', subtitle: null, sections: [{ key: 'theory', heading: null, theme: null, blocks: [] }] };

  it('is kept per user and year until dropped', () => {
    keepLocally('reviewer', 2022, { baseVersion: 3, content, at: '2026-12-01T10:00:00Z' });
    expect(localCopy('reviewer', 2022)?.baseVersion).toBe(3);
    expect(localCopy('admin', 2022)).toBeUndefined();
    expect(localCopy('reviewer', 2023)).toBeUndefined();
    dropLocalCopy('reviewer', 2022);
    expect(localCopy('reviewer', 2022)).toBeUndefined();
  });

  it('ignores what is not a copy', () => {
    localStorage.setItem('zongshu.draft.reviewer.2024', '{"content": 1}');
    expect(localCopy('reviewer', 2024)).toBeUndefined();
    localStorage.setItem('zongshu.draft.reviewer.2024', 'not json');
    expect(localCopy('reviewer', 2024)).toBeUndefined();
  });
});
