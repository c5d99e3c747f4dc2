import { api, must, type Schemas } from '../../shared/api/client';
import type { BarChartSpec } from '../../shared/ui/chart/chart';
import type { Metric } from './api';
import { formatFigure } from '../../shared/format/figureFormat';

type FigureGroups = Schemas['FigureGroups'];
type Figure = Schemas['Figure'];

/** The chart beside each section, by section key; a section without data for its chart gets none. */
export type SectionCharts = Partial<Record<string, BarChartSpec>>;

// Which figures each section's chart compares: same unit, same kind of thing.
const THEORY_CARE = ['theory.veteran_members_medals', 'theory.members_greeting_cards', 'theory.individuals_commended'];
const VILLAGE_ORGANISATIONS = [
  'grassroots.village_party_committees',
  'grassroots.village_general_branches',
  'grassroots.village_party_branches',
];

/** The charts of a review of `orgUnit`'s figures: the themed views are asked for that unit. */
export async function readSectionCharts(year: number, orgUnit: string, metrics: Record<string, Metric>,
                                        names: Record<string, string>): Promise<SectionCharts> {
  const path = { params: { path: { year: String(year) }, query: { orgUnit } } };
  const [cadre, talent] = await Promise.all([
    api.GET('/api/v1/cadre-statistics/{year}', path),
    api.GET('/api/v1/talent-recruitment/{year}', path),
  ]);
  return sectionCharts(metrics, names, must(cadre), must(talent));
}

export function sectionCharts(metrics: Record<string, Metric>, names: Record<string, string>,
                              cadre: FigureGroups, talent: FigureGroups): SectionCharts {
  const fromMetrics = (title: string, codes: string[]): BarChartSpec | undefined => {
    const bars = codes.flatMap((code) => {
      const m = metrics[code];
      return m ? [{ label: names[code] ?? code, value: m.value, display: formatFigure(m.value, m.qualifier, m.unit) }] : [];
    });
    return bars.length ? { title, bars } : undefined;
  };
  const leadership = cadre.groups.find((g) => g.key === 'leadershipStructure');
  const shares = (leadership?.figures ?? []).filter((f) => f.valueType === 'percent');
  return {
    theory: fromMetrics('党员关怀与表彰（名）', THEORY_CARE),
    cadre: shares.length
      ? {
          title: `${leadership?.titleZh}（%）`,
          bars: shares.map((f) => ({ label: f.nameZh, value: f.value, display: formatFigure(f.value, f.qualifier, f.unit) })),
        }
      : undefined,
    grassroots: fromMetrics('标准化设置的村级党组织（个）', VILLAGE_ORGANISATIONS),
    talent: talentWithGrowth(talent),
  };
}

/** Talent counts that the review reports with a year-on-year growth: the growth figure follows its count. */
function talentWithGrowth(talent: FigureGroups): BarChartSpec | undefined {
  const bars = talent.groups.flatMap((g) =>
    g.figures.flatMap((f: Figure, i: number) => {
      const growth = g.figures[i + 1];
      if (f.valueType !== 'count' || growth?.valueType !== 'growth_percent') return [];
      return [{
        label: f.nameZh,
        value: f.value,
        display: `${formatFigure(f.value, f.qualifier, f.unit)}，同比增长 ${formatFigure(growth.value, null, growth.unit)}`,
      }];
    }));
  return bars.length ? { title: '引才成效与同比增长', bars } : undefined;
}
