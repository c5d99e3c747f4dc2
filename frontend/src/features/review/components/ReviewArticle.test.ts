import { mount, RouterLinkStub } from '@vue/test-utils';
import { nextTick } from 'vue';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../app/i18n';
import type { Edition, FrozenValue, Names, ReviewDocument } from '../api';
import ReviewArticle from './ReviewArticle.vue';

// Generated test data, shaped like GET /api/v1/reviews/{year}; not figures of the real review.
const document: ReviewDocument = {
  year: 2099, edition: '2099-1', title: '测试综述（生成的测试数据）', subtitle: '副标题', state: 'published', orgUnit: 'T1',
  period: '2099', publishedAt: '2099-03-01T02:00:00Z', correction: null,
  sections: [
    {
      key: 'theory', heading: '一、测试章节', theme: '主题句',
      blocks: [
        { kind: 'topic', source: '要点。', text: '要点。', runs: [{ type: 'text', text: '要点。' }] },
        {
          kind: 'paragraph', text: '举办培训班12余期，占比50.5%。',
          source: '举办培训班{{theory.test_classes}}，占比{{theory.test_share}}。',
          runs: [
            { type: 'text', text: '举办培训班' },
            { type: 'figure', text: '12余期', markup: '{{theory.test_classes}}', computation: 'value',
              indicator: 'theory.test_classes', orgUnit: 'T1', period: '2099', basePeriod: null,
              value: 12, unit: '期', qualifier: 'more_than', format: 'number', status: 'approved', reconciliation: null },
            { type: 'text', text: '，占比' },
            { type: 'figure', text: '50.5%', markup: '{{theory.test_share}}', computation: 'value',
              indicator: 'theory.test_share', orgUnit: 'T1', period: '2099', basePeriod: null,
              value: 50.5, unit: '%', qualifier: 'exact', format: 'number', status: 'approved', reconciliation: null },
            { type: 'text', text: '。' },
          ],
        },
      ],
    },
  ],
};
const indicator = (code: string, nameZh: string, unit: '期' | '%') => ({
  code, nameZh, nameEn: `${code} (en)`, unit, valueType: 'count' as const, aggregation: 'sum' as const, category: 'theory' as const, min: 0, max: 1e6,
});
const names: Names = {
  indicators: { 'theory.test_classes': indicator('theory.test_classes', '测试培训班次', '期') },
  orgUnits: {
    T1: { code: 'T1', nameZh: '测试市', nameEn: 'Test City', level: 'city', parent: null },
    T2: { code: 'T2', nameZh: '测试县', nameEn: 'Test County', level: 'county', parent: 'T1' },
  },
};
const values: Record<string, FrozenValue> = {
  'theory.test_classes|T1|2099': {
    indicator: 'theory.test_classes', orgUnit: 'T1', period: '2099', value: 12, unit: '期', qualifier: 'more_than', revision: 2,
    provenance: { source: '测试来源', recordedBy: 'clerk-test', recordedAt: '2099-01-01T00:00:00Z', submission: 7, approvedBy: 'reviewer-test' },
  },
};
const edition = (number: number, supersededBy: string | null): Edition => ({
  code: `2099-${number}`, year: 2099, number, period: '2099', publishedBy: 'reviewer-test', publishedAt: `2099-0${number + 2}-01T02:00:00Z`,
  values: 2, contentHash: `${number}`.repeat(64), draftVersion: number, reason: number > 1 ? '测试更正' : null, supersededBy,
  href: `/api/v1/reviews/2099/editions/${number}`, changedSince: supersededBy ? null : [],
});
const global = { plugins: [i18n], stubs: { RouterLink: RouterLinkStub } };

/** Sections are drawn one per task after the article: waits until all of them are. */
async function drawn(wrapper: ReturnType<typeof mount>) {
  await vi.waitFor(() => expect(wrapper.findAll('section .text')).toHaveLength(wrapper.findAll('section').length));
}

describe('ReviewArticle', () => {
  const wrapper = mount(ReviewArticle, { props: { document, names, values, editions: [edition(1, null)] }, global });
  beforeAll(() => drawn(wrapper));

  it('sets each block as its own paragraph, reading exactly like the API text', () => {
    const blocks = wrapper.findAll('p.block');
    expect(blocks.map((b) => b.element.firstChild ? textWithoutTips(b.element) : '')).toEqual(
      document.sections[0]!.blocks.map((b) => b.text));
    expect(wrapper.find('h1').text()).toBe('测试综述（生成的测试数据）');
    expect(wrapper.find('.theme').text()).toBe('主题句');
  });

  it('draws the sections one per task after the page, each in its place from the start; printing draws them all', async () => {
    const many = { ...document, sections: ['a', 'b', 'c'].map((key) => ({ ...document.sections[0]!, key })) };
    const drawnNow = (w: ReturnType<typeof mount>) => w.findAll('section').map((s) => s.find('.text').exists());
    const later = mount(ReviewArticle, { props: { document: many }, global });
    expect(later.findAll('section').map((s) => s.attributes('id'))).toEqual(['a', 'b', 'c']);
    expect(drawnNow(later)).toEqual([false, false, false]);
    expect(later.find('article').attributes('aria-busy')).toBe('true');
    expect(later.find('footer.colophon').exists()).toBe(false); // set after the last section, never pushed down
    // One frame and one task later (ours come after the article's own), the first section is there.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    await nextTick();
    expect(drawnNow(later)).toEqual([true, false, false]);
    await drawn(later);
    expect(later.find('article').attributes('aria-busy')).toBe('false');
    expect(later.find('footer.colophon').exists()).toBe(true);
    // The next document (another edition, the editor's preview) comes whole.
    await later.setProps({ document: { ...many, sections: [...many.sections, { ...many.sections[0]!, key: 'd' }] } });
    expect(drawnNow(later)).toEqual([true, true, true, true]);

    const printed = mount(ReviewArticle, { props: { document: many }, global });
    globalThis.dispatchEvent(new Event('beforeprint'));
    await nextTick();
    expect(drawnNow(printed)).toEqual([true, true, true]);
  });

  it('links each headed section from the navigation', () => {
    const links = wrapper.findAll('nav a');
    expect(links.map((a) => [a.text(), a.attributes('href')])).toEqual([['一、测试章节', '#theory']]);
    expect(links[0]!.attributes('aria-current')).toBe('location');
    expect(wrapper.find('section#theory').exists()).toBe(true);
  });

  it('marks every figure and tells, on hover or focus, what it is and where it came from', async () => {
    await new Promise((resolve) => setTimeout(resolve, 10)); // the tips are written once the browser is idle
    const figures = wrapper.findAll('.figure');
    expect(figures.map((f) => f.attributes('data-indicator'))).toEqual(['theory.test_classes', 'theory.test_share']);
    const first = figures[0]!;
    expect(first.attributes('tabindex')).toBe('0');
    const tip = wrapper.find(`#${first.attributes('aria-describedby')}`);
    expect(tip.attributes('role')).toBe('tooltip');
    expect(tip.text()).toContain('测试培训班次');
    expect(tip.text()).toContain('12余期');
    expect(tip.text()).toContain('“余”表示实际数值多于所示数值');
    expect(tip.text()).toContain('测试市');
    expect(tip.text()).toContain('2099');
    expect(tip.text()).toContain('测试来源');
    expect(tip.text()).toContain('修订版次2');
    expect(tip.text()).toContain('clerk-test（报送单 #7）');
    expect(tip.text()).toContain('reviewer-test 于');
    expect(tip.text()).toContain('所属版本2099-1');
    expect(tip.find('a[download]').attributes('href')).toBe('/api/v1/exports?format=csv&indicator=theory.test_classes&edition=2099-1');
    // Without a catalogue name or a source, the code stands in and no source is claimed.
    const second = wrapper.find(`#${figures[1]!.attributes('aria-describedby')}`).text();
    expect(second).toContain('theory.test_share');
    expect(second).not.toContain('余');
    expect(second).not.toContain('来源');
  });

  it('says which edition it is and when it was published, and a first edition has no correction note', () => {
    expect(wrapper.find('.edition').text()).toMatch(/^第1版 · 2099年\d+月\d+日发布$/);
    expect(wrapper.find('.correction').exists()).toBe(false);
  });

  it('closes with a colophon: the edition, its date, its content hash and its data', () => {
    const colophon = wrapper.find('footer.colophon');
    expect(colophon.text()).toContain('2099-1');
    expect(colophon.find('code').text()).toBe('1'.repeat(64));
    expect(colophon.findAll('a').map((a) => a.attributes('href'))).toEqual([
      '/api/v1/exports?edition=2099-1&format=csv', '/api/v1/exports?edition=2099-1&format=json',
      '/api/v1/exports?edition=2099-1&format=json-stat', '/api/v1/reviews/2099/editions/1/text',
    ]);
  });

  it('a superseded edition says so and links the current one; the others are a click away', () => {
    const old = mount(ReviewArticle, { props: { document, editions: [edition(1, '2099-2'), edition(2, null)] }, global });
    expect(old.find('.superseded').text()).toContain('此版本已被 2099-2 更正取代。');
    const links = old.findAllComponents(RouterLinkStub).map((l) => [l.text(), l.props('to')]);
    expect(links).toContainEqual(['阅读现行版本', '/reviews/2099']);
    expect(links).toContainEqual(['第2版', '/reviews/2099']);
    expect(wrapper.find('.superseded').exists()).toBe(false);
    expect(wrapper.find('.others').exists()).toBe(false);
  });

  it('a draft’s figure without an approved value says so in words, and a draft has no edition line or colophon', async () => {
    const run = document.sections[0]!.blocks[1]!.runs[1]!;
    const draft = {
      title: '草稿', subtitle: null, orgUnit: 'T1', period: '2099',
      sections: [{ key: 'theory', heading: null, theme: null, blocks: [{ kind: 'paragraph' as const, source: '', text: '', runs: [
        { ...run, status: 'missing' as const, text: '—', value: null, qualifier: null },
        { ...run, status: 'submitted' as const },
      ] }] }],
    };
    const preview = mount(ReviewArticle, { props: { document: draft }, global });
    await drawn(preview);
    expect(preview.findAll('.unapproved').map((m) => m.text())).toEqual(['〔缺数〕', '〔待审〕']);
    expect(preview.find('.edition').exists()).toBe(false);
    expect(preview.find('footer.colophon').exists()).toBe(false);
  });

  it('sets a correction’s note before the text: its reason and each value it changed, old → new', () => {
    const corrected = mount(ReviewArticle, {
      props: {
        names,
        document: {
            ...document, edition: '2099-2',
            correction: {
              reason: '测试县上报的培训班次有误，已核实更正（测试）',
              changes: [
                { indicator: 'theory.test_classes', orgUnit: 'T2', period: '2099',
                  from: { value: 12, qualifier: 'more_than' }, to: { value: 12.5, qualifier: 'exact' } },
                { indicator: 'theory.test_share', orgUnit: 'T1', period: '2098', from: null, to: { value: 63.5, qualifier: 'exact' } },
                { indicator: 'theory.unlisted', orgUnit: 'T9', period: '2099', from: { value: 3, qualifier: 'exact' }, to: null },
              ],
            },
        },
      },
      global,
    });
    expect(corrected.find('.edition').text()).toMatch(/^第2版 · .*更正$/);
    const note = corrected.find('.correction');
    expect(note.attributes('role')).toBe('note');
    expect(note.find('h2').text()).toBe('更正说明');
    expect(note.find('.reason').text()).toBe('测试县上报的培训班次有误，已核实更正（测试）');
    expect(note.findAll('li').map((li) => li.text())).toEqual([
      '测试县 · 测试培训班次：12余期 → 12.5期',
      '测试市 · 2098年 · theory.test_share：— → 63.5', // no catalogue entry: no unit known
      'T9 · theory.unlisted：3 → —',
    ]);
  });
});

/** The paragraph as a reader sees it: the tooltips are not part of the text. */
function textWithoutTips(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('[role="tooltip"]').forEach((tip) => tip.remove());
  return copy.textContent ?? '';
}
