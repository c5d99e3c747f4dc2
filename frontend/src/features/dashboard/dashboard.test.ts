import { describe, expect, it } from 'vitest';
import type { Schemas } from '../../shared/api/client';
import { headlines, sectionOf, shareCharts, textFormats } from './dashboard';

type FigureRun = Schemas['FigureRun'];

// A generated review for the test, not the real one.
const run = (indicator: string, value: number | null, unit: string, extra: Partial<FigureRun> = {}): FigureRun => ({
  type: 'figure', markup: `{{${indicator}}}`, computation: 'value', basePeriod: null, status: 'approved',
  reconciliation: null as unknown as FigureRun['reconciliation'], text: '', indicator, orgUnit: 'C0', period: '2099',
  value, unit, qualifier: 'exact', format: 'number', ...extra,
});
const review = {
  sections: [
    { key: 'opening', blocks: [{ kind: 'lead', runs: [{ type: 'text', text: '开篇' }] }] },
    { key: 'theory', blocks: [{ kind: 'paragraph', runs: [
      run('theory.a', 40, '期'), run('theory.b', 16000, '名', { format: 'wan', qualifier: 'more_than' }), run('theory.c', 99, '%'),
    ] }] },
    { key: 'cadre', blocks: [{ kind: 'paragraph', runs: [
      run('cadre.a', 12, '名'), run('cadre.b', 500, '名', { status: 'submitted' }), run('cadre.c', 300, '%', { computation: 'growth' }),
    ] }] },
  ],
} as unknown as Schemas['ReviewDocument'];

describe('the dashboard’s headline', () => {
  it('takes each section’s largest approved count, never a share, a growth or an unapproved value', () => {
    expect(headlines(review).map((r) => r.indicator)).toEqual(['theory.b', 'cadre.a']);
    expect(sectionOf(headlines(review)[0]!)).toBe('theory');
  });

  it('knows how the text writes each indicator', () => {
    const formats = textFormats(review);
    expect(formats.get('theory.b')).toBe('wan');
    expect(formats.get('theory.a')).toBe('number');
  });
});

describe('the dashboard’s share charts', () => {
  const figure = (indicator: string, value: number, valueType: string, unit = '%') => ({
    indicator, nameZh: `中${indicator}`, nameEn: `en ${indicator}`, orgUnit: 'C0', period: '2099', value, unit,
    qualifier: 'exact', valueType,
  }) as Schemas['Figure'];
  const groups = [
    { key: 'g1', titleZh: '结构', titleEn: 'Structure', figures: [figure('a', 45.6, 'percent'), figure('b', 4, 'count', '家'), figure('c', 60.8, 'percent')] },
    { key: 'g2', titleZh: '增长', titleEn: 'Growth', figures: [figure('d', 41.5, 'growth_percent'), figure('e', 26.9, 'growth_percent')] },
  ] as Schemas['FigureGroup'][];

  it('draws each group’s shares on 0–100, leaving out counts and growths, with English names in English', () => {
    const charts = shareCharts(groups, new Map(), 'en');
    expect(charts).toHaveLength(1);
    expect(charts[0]).toEqual({
      title: 'Structure (%)', max: 100,
      bars: [{ label: 'en a', value: 45.6, display: '45.6%' }, { label: 'en c', value: 60.8, display: '60.8%' }],
    });
    expect(shareCharts(groups, new Map(), 'zh-CN')[0]!.bars[0]!.label).toBe('中a');
  });
});
