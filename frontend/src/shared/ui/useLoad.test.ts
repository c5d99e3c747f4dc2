import { describe, expect, it } from 'vitest';
import { useLoad } from './useLoad';

describe('useLoad', () => {
  it('keeps the answer of the newest load only', async () => {
    const answers: ((value: string) => void)[] = [];
    const page = useLoad(() => new Promise<string>((resolve) => answers.push(resolve)));
    const first = page.load();
    const second = page.load();
    answers[1]?.('new');
    answers[0]?.('old');
    await Promise.all([first, second]);
    expect(page.data.value).toBe('new');
    expect(page.loading.value).toBe(false);
  });

  it('keeps the failure and no data', async () => {
    const page = useLoad(() => Promise.reject(new Error('down')));
    await page.load();
    expect(page.data.value).toBeUndefined();
    expect((page.error.value as Error).message).toBe('down');
  });
});
