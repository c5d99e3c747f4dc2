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

  it('kept, shows the last answer while loading again and after a reload that fails', async () => {
    let fail = false;
    let release: () => void = () => {};
    const page = useLoad(() => (fail ? Promise.reject(new Error('down'))
      : new Promise<string>((resolve) => (release = () => resolve('list')))), { keep: true });
    const first = page.load();
    release();
    await first;
    const again = page.load();
    expect([page.data.value, page.loading.value]).toEqual(['list', true]);
    release();
    await again;
    fail = true;
    await page.load();
    expect(page.data.value).toBe('list');
    expect((page.error.value as Error).message).toBe('down');
  });
});
