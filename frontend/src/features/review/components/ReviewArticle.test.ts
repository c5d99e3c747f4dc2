import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../app/i18n';
import type { ReviewReading } from '../api';
import ReviewArticle from './ReviewArticle.vue';

// Generated test data, shaped like GET /api/v1/reviews/{year}; not figures of the real review.
const reading: ReviewReading = {
  review: {
    year: 2099, edition: '2099-1', publishedAt: '2099-01-01T00:00:00Z', correction: null,
    title: '测试综述（生成的测试数据）', subtitle: '副标题', state: 'published', orgUnit: 'T1', period: '2099',
    sections: [
      {
        key: 'theory', heading: '一、测试章节', theme: '主题句',
        blocks: [
          { kind: 'topic', source: '要点。', text: '要点。', runs: [{ type: 'text', text: '要点。' }] },
          {
            kind: 'paragraph', source: '举办培训班{{theory.test_classes}}，占比{{theory.test_share}}。',
            text: '举办培训班12余期，占比50.5%。',
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
  },
  indicatorNames: { 'theory.test_classes': '测试培训班次' },
  orgUnitNames: { T1: '测试市' },
  metrics: {
    'theory.test_classes': {
      indicator: 'theory.test_classes', orgUnit: 'T1', period: '2099', value: 12, unit: '期', qualifier: 'more_than',
      state: 'approved', revision: 1,
      provenance: { source: '测试来源', recordedBy: 'test', recordedAt: '2099-01-01T00:00:00Z' },
    },
  },
};

describe('ReviewArticle', () => {
  const wrapper = mount(ReviewArticle, { props: { reading }, global: { plugins: [i18n] } });

  it('sets each block as its own paragraph, reading exactly like the API text', () => {
    const blocks = wrapper.findAll('p.block');
    expect(blocks.map((b) => b.element.firstChild ? textWithoutTips(b.element) : '')).toEqual(
      reading.review.sections[0]!.blocks.map((b) => b.text));
    expect(wrapper.find('h1').text()).toBe('测试综述（生成的测试数据）');
    expect(wrapper.find('.theme').text()).toBe('主题句');
  });

  it('links each headed section from the navigation', () => {
    const links = wrapper.findAll('nav a');
    expect(links.map((a) => [a.text(), a.attributes('href')])).toEqual([['一、测试章节', '#theory']]);
    expect(links[0]!.attributes('aria-current')).toBe('location');
    expect(wrapper.find('section#theory').exists()).toBe(true);
  });

  it('marks every figure and tells, on hover or focus, what it is and where it came from', () => {
    const figures = wrapper.findAll('.figure');
    expect(figures.map((f) => f.attributes('data-indicator'))).toEqual(['theory.test_classes', 'theory.test_share']);
    const first = figures[0]!;
    expect(first.attributes('tabindex')).toBe('0');
    const tip = wrapper.find(`#${first.attributes('aria-describedby')}`);
    expect(tip.attributes('role')).toBe('tooltip');
    expect(tip.text()).toContain('测试培训班次');
    expect(tip.text()).toContain('12 期');
    expect(tip.text()).toContain('“余”表示实际数值多于所示数值');
    expect(tip.text()).toContain('测试市');
    expect(tip.text()).toContain('2099');
    expect(tip.text()).toContain('测试来源');
    // Without a catalogue name or a source, the code stands in and no source is claimed.
    const second = wrapper.find(`#${figures[1]!.attributes('aria-describedby')}`).text();
    expect(second).toContain('theory.test_share');
    expect(second).not.toContain('余');
    expect(second).not.toContain('来源');
  });
});

/** The paragraph as a reader sees it: the tooltips are not part of the text. */
function textWithoutTips(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('[role="tooltip"]').forEach((tip) => tip.remove());
  return copy.textContent ?? '';
}
