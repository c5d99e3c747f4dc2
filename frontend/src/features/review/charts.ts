import { api, must, type Schemas } from '../../shared/api/client';
import type { Bar, BarChartSpec } from '../../shared/ui/chart/chart';
import { figureRuns, type ArticleDocument, type FigureRun, type Names } from './api';
import type { DisplayFormat } from '../../shared/format/figureFormat';
import { localFigure } from '../../shared/format/localFigure';
import { localName } from './names';

type FigureGroups = Schemas['FigureGroups'];
type Figure = Schemas['Figure'];
type Translate = (key: string, values?: Record<string, unknown>) => string;

/** The chart beside each section, by section key; a section without data for its chart gets none. */
export type SectionCharts = Partial<Record<string, BarChartSpec>>;

// Which figures each section's chart compares: one measure each (persons, organisations), never mixed.
const THEORY_CARE = ['theory.veteran_members_medals', 'theory.members_greeting_cards', 'theory.individuals_commended'];
const VILLAGE_ORGANISATIONS = [
  'grassroots.village_party_committees',
  'grassroots.village_general_branches',
  'grassroots.village_party_branches',
];

/** The themed views of the review's unit and year that the cadre and talent charts draw. */
export async function readChartGroups(year: number, orgUnit: string): Promise<{ cadre: FigureGroups; talent: FigureGroups }> {
  const path = { params: { path: { year: String(year) }, query: { orgUnit } } };
  const [cadre, talent] = await Promise.all([
    api.GET('/api/v1/cadre-statistics/{year}', path),
    api.GET('/api/v1/talent-recruitment/{year}', path),
  ]);
  return { cadre: must(cadre), talent: must(talent) };
}

export interface ChartInput {
  document: ArticleDocument;
  names?: Names;
  groups?: { cadre: FigureGroups; talent: FigureGroups };
  locale: string;
  t: Translate;
}

/**
 * The section charts. Each compares like with like: counts of one unit of measure, or shares in percent
 * drawn on 0–100. Values are written as the text writes them (its 万 and 余: 1.6万余名), names in the
 * interface language; in English, values too (over 16,000 persons).
 */
export function sectionCharts({ document, names, groups, locale, t }: ChartInput): SectionCharts {
  const runs = ownRuns(document);
  const label = (code: string, fallback?: { nameZh: string; nameEn: string }) => {
    const entry = names?.indicators[code] ?? fallback;
    return entry ? localName(entry, locale) : code;
  };
  const fromRuns = (title: string, codes: string[]): BarChartSpec | undefined => {
    const bars = codes.flatMap((code) => {
      const run = runs.get(code);
      return run?.value == null ? [] : [{ label: label(code), value: run.value, display: locale === 'en'
        ? localFigure(run.value, run.qualifier, run.unit, run.format as DisplayFormat, locale) : run.text }];
    });
    return bars.length ? { title, bars } : undefined;
  };
  const display = (f: Figure) =>
    localFigure(f.value, f.qualifier, f.unit, (runs.get(f.indicator)?.format ?? 'number') as DisplayFormat, locale);

  const leadership = groups?.cadre.groups.find((g) => g.key === 'leadershipStructure');
  const shares = (leadership?.figures ?? []).filter((f) => f.valueType === 'percent');
  return {
    theory: fromRuns(t('reader.chart.care'), THEORY_CARE),
    cadre: shares.length && leadership
      ? {
          title: t('reader.chart.shares', { group: locale === 'en' ? leadership.titleEn : leadership.titleZh }),
          bars: shares.map((f) => ({ label: label(f.indicator, f), value: f.value, display: display(f) })),
          max: 100,
        }
      : undefined,
    grassroots: fromRuns(t('reader.chart.villages'), VILLAGE_ORGANISATIONS),
    talent: groups ? talentGrowth(groups.talent, label, display, t) : undefined,
  };
}

/** The review's own figures (its unit and year, not computed), by indicator: what the text says of each. */
function ownRuns(document: ArticleDocument): Map<string, FigureRun> {
  const own = figureRuns(document).filter((r) =>
    r.computation === 'value' && r.orgUnit === document.orgUnit && r.period === document.period);
  return new Map(own.map((r) => [r.indicator, r]));
}

/**
 * The talent counts the review reports with a year-on-year growth: the growth (one measure, percent),
 * each bar named after its count, which the label carries as the text writes it.
 */
function talentGrowth(talent: FigureGroups, label: (code: string, f: Figure) => string, display: (f: Figure) => string,
                      t: Translate): BarChartSpec | undefined {
  const bars: Bar[] = talent.groups.flatMap((g) =>
    g.figures.flatMap((f: Figure, i: number) => {
      const growth = g.figures[i + 1];
      if (f.valueType !== 'count' || growth?.valueType !== 'growth_percent') return [];
      return [{
        label: `${label(f.indicator, f)} ${display(f)}`,
        value: growth.value,
        display: t('reader.chart.growthOf', { growth: display(growth) }),
      }];
    }));
  return bars.length ? { title: t('reader.chart.talent'), bars } : undefined;
}
