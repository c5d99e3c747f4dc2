import { describe, expect, it } from 'vitest';
import { i18n } from '../../app/i18n';
import type { Schemas } from '../../shared/api/client';
import type { ArticleDocument, FigureRun, Names } from './api';
import { sectionCharts } from './charts';

// Generated values shaped like the API's answers; not the review's real figures.
const run = (indicator: string, value: number, unit: string, text: string, extra: Partial<FigureRun> = {}): FigureRun => ({
  type: 'figure', text, markup: `{{${indicator}}}`, computation: 'value', indicator, orgUnit: 'T1', period: '2099',
  basePeriod: null, value, unit, qualifier: 'exact', format: 'number', status: 'approved', reconciliation: null, ...extra,
});
const document: ArticleDocument = {
  title: '测试', subtitle: null, orgUnit: 'T1', period: '2099',
  sections: [{
    key: 'theory', heading: '一', theme: null,
    blocks: [{
      kind: 'paragraph', source: '', text: '',
      runs: [
        run('theory.veteran_members_medals', 16000, '名', '1.6万余名', { qualifier: 'more_than', format: 'wan' }),
        run('grassroots.village_party_branches', 7, '个', '7个'),
        // Another unit's or year's value, or a computed one, is not the review's own figure.
        run('theory.members_greeting_cards', 5, '名', '5名', { orgUnit: 'T2' }),
        run('theory.individuals_commended', 9, '名', '9名', { computation: 'growth', basePeriod: '2098' }),
        run('t.growth', 20, '%', '20%'),
      ],
    }],
  }],
};
const entry = (code: string, nameZh: string, nameEn: string) => ({
  code, nameZh, nameEn, unit: '名' as const, valueType: 'count' as const, aggregation: 'sum' as const, category: 'theory' as const, min: 0, max: 1e9,
});
const names: Names = {
  indicators: {
    'theory.veteran_members_medals': entry('theory.veteran_members_medals', '纪念章', 'Medals'),
    'grassroots.village_party_branches': entry('grassroots.village_party_branches', '党支部', 'Party branches'),
  },
  orgUnits: {},
};
const figure = (indicator: string, value: number, unit: string, valueType: Schemas['ValueType'],
                qualifier: 'exact' | 'more_than' = 'exact'): Schemas['Figure'] => ({
  indicator, nameZh: `名称 ${indicator}`, nameEn: `name ${indicator}`, orgUnit: 'T1', period: '2099', value, unit, qualifier, valueType,
});
const groups = (key: string, figures: Schemas['Figure'][]): Schemas['FigureGroups'] => ({
  year: 2099, orgUnit: 'T1', period: '2099', groups: [{ key, titleZh: '班子结构', titleEn: 'Leadership', figures }],
});
const cadre = groups('leadershipStructure', [figure('c.count', 4, '家', 'count'), figure('c.share', 45.6, '%', 'percent')]);
const talent = groups('talents', [
  figure('t.recruited', 16500, '名', 'count', 'more_than'), figure('t.growth', 20, '%', 'growth_percent'), figure('t.alone', 3, '名', 'count'),
]);
const t = i18n.global.t as (key: string, values?: Record<string, unknown>) => string;
const tEn = (key: string, values?: Record<string, unknown>) => i18n.global.t(key, values ?? {}, { locale: 'en' });

describe('sectionCharts', () => {
  const charts = sectionCharts({ document, names, groups: { cadre, talent }, locale: 'zh-CN', t });

  it('draws the review’s own figures a section names, written as the text writes them', () => {
    expect(charts.theory).toEqual({ title: '党员关怀与表彰（名）', bars: [{ label: '纪念章', value: 16000, display: '1.6万余名' }] });
    expect(charts.grassroots?.bars).toEqual([{ label: '党支部', value: 7, display: '7个' }]);
  });

  it('draws only the leadership-structure shares for the cadre chart, on a scale of 0–100', () => {
    expect(charts.cadre).toEqual({ title: '班子结构（%）', max: 100, bars: [{ label: '名称 c.share', value: 45.6, display: '45.6%' }] });
  });

  it('compares the talent growth figures, each named after its count as written', () => {
    expect(charts.talent).toEqual({
      title: '引才成效：同比增长（%）',
      bars: [{ label: '名称 t.recruited 16500余名', value: 20, display: '同比增长 20%' }],
    });
  });

  it('names everything in English in English mode, and uses codes until the catalogue arrives', () => {
    const english = sectionCharts({ document, names, groups: { cadre, talent }, locale: 'en', t: tEn });
    expect(english.theory?.title).toBe('Care for and honours of members (persons)');
    expect(english.theory?.bars[0]?.label).toBe('Medals');
    expect(english.cadre?.title).toBe('Leadership (%)');
    expect(english.cadre?.bars[0]?.label).toBe('name c.share');
    // Values in English digits and units too: the chart speaks the interface's language, the text stays Chinese.
    expect(english.talent?.bars[0]?.label).toBe('name t.recruited over 16,500 persons');
    expect(english.talent?.bars[0]?.display).toBe('up 20%');
    const unnamed = sectionCharts({ document, locale: 'en', t: tEn });
    expect(unnamed.grassroots?.bars[0]?.label).toBe('grassroots.village_party_branches');
  });

  it('gives a section no chart when none of its figures exist, and none of the API’s before it answers', () => {
    expect(sectionCharts({ document: { ...document, sections: [] }, groups: { cadre: groups('x', []), talent: groups('x', []) }, locale: 'zh-CN', t }))
      .toEqual({ theory: undefined, cadre: undefined, grassroots: undefined, talent: undefined });
    const early = sectionCharts({ document, locale: 'zh-CN', t });
    expect([early.cadre, early.talent]).toEqual([undefined, undefined]);
  });
});
