import { describe, expect, it } from 'vitest';
import { i18n } from './i18n';
import { router } from './router';
import { showPageMeta } from './pageMeta';

const words = { t: (key: string) => i18n.global.t(key), te: (key: string) => i18n.global.te(key) };
const description = () => document.head.querySelector<HTMLMetaElement>('meta[name="description"]')?.content;

describe('showPageMeta', () => {
  it('gives every route its own title and a description, in both languages', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      i18n.global.locale.value = locale;
      const titles = new Set<string>();
      for (const route of router.getRoutes()) {
        expect(route.meta.page, String(route.name)).toBeTruthy();
        showPageMeta(route.meta.page, words);
        expect(document.title).toContain(i18n.global.t('page.site'));
        expect(description()?.length, String(route.name)).toBeGreaterThan(5);
        titles.add(document.title);
      }
      // Routes of one page share it (/, /reviews/2021 and an edition); every page has a title of its own.
      expect(titles.size).toBe(new Set(router.getRoutes().map((r) => r.meta.page)).size);
    }
    i18n.global.locale.value = 'zh-CN';
  });

  it('names the page in the interface language', () => {
    i18n.global.locale.value = 'en';
    showPageMeta('dashboard', words);
    expect(document.title).toBe('Dashboard · Zongshu 综述');
    i18n.global.locale.value = 'zh-CN';
    showPageMeta('dashboard', words);
    expect(document.title).toBe('数据看板 · 综述 Zongshu');
    expect(description()).toMatch(/区县/);
  });
});
