import { describe, expect, it } from 'vitest';
import { allPages, type Page } from './pages';

// Generated pages of a list of 5 items, 2 a page, shaped like the API's answers.
const pages: Record<string, Page<string>> = {
  first: { items: ['a', 'b'], next: 12 },
  '12': { items: ['c', 'd'], next: 40 },
  '40': { items: ['e'], next: null },
};

describe('allPages', () => {
  it('follows next from the first page to the last and keeps the order', async () => {
    const asked: (string | undefined)[] = [];
    const items = await allPages(async (after) => {
      asked.push(after);
      const page = pages[after ?? 'first'];
      if (!page) throw new Error(`no page after ${after}`);
      return page;
    });
    expect(items).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(asked).toEqual([undefined, '12', '40']);
  });

  it('stops after a single page whose next is null', async () => {
    let calls = 0;
    expect(await allPages(async () => { calls++; return { items: [1], next: null }; })).toEqual([1]);
    expect(calls).toBe(1);
  });

  it('passes a failed page on', async () => {
    await expect(allPages(async () => { throw new Error('503'); })).rejects.toThrow('503');
  });
});
