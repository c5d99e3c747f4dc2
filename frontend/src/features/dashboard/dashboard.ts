import { api, must, type Schemas } from '../../shared/api/client';
import { allPages, LARGEST_PAGE } from '../../shared/api/pages';
import { indicatorCatalogue, orgUnitList, type Indicator, type OrgUnit } from '../../shared/api/reference';
import type { DisplayFormat } from '../../shared/format/figureFormat';
import { localFigure } from '../../shared/format/localFigure';
import type { BarChartSpec } from '../../shared/ui/chart/chart';
import { localName } from '../../shared/ui/names';

type ReviewDocument = Schemas['ReviewDocument'];
type FigureRun = Schemas['FigureRun'];

/** Everything the dashboard shows, read at once. */
export interface Dashboard {
  /** The newest published year, undefined while none is published. */
  year?: number;
  /** One figure per section of that year's review: the headline. */
  headlines: FigureRun[];
  /** How the review's text writes each indicator (1.6万余名 is `wan`): the dashboard writes it alike. */
  formats: Map<string, DisplayFormat>;
  groups: Schemas['FigureGroup'][];
  metrics: Schemas['Metric'][];
  units: OrgUnit[];
  indicators: Indicator[];
}

export async function readDashboard(): Promise<Dashboard> {
  const published = must(await api.GET('/api/v1/reviews')).filter((r) => r.state === 'published');
  const year = published.length ? Math.max(...published.map((r) => r.year)) : undefined;
  const path = { params: { path: { year: String(year) } } };
  const [review, cadre, talent, metrics, units, indicators] = await Promise.all([
    year ? api.GET('/api/v1/reviews/{year}', path).then(must) : undefined,
    year ? api.GET('/api/v1/cadre-statistics/{year}', path).then(must) : undefined,
    year ? api.GET('/api/v1/talent-recruitment/{year}', path).then(must) : undefined,
    countyMetrics(),
    orgUnitList(),
    indicatorCatalogue(),
  ]);
  return {
    year,
    headlines: review ? headlines(review) : [],
    formats: review ? textFormats(review) : new Map(),
    groups: [...(cadre?.groups ?? []), ...(talent?.groups ?? [])],
    metrics,
    units,
    indicators,
  };
}

/** Every approved value of the county-level units, the ones the comparison draws on, page after page. */
async function countyMetrics(): Promise<Schemas['Metric'][]> {
  const counties = (await orgUnitList()).filter((u) => u.level === 'county').map((u) => u.code);
  if (!counties.length) return [];
  return allPages(async (after) => must(await api.GET('/api/v1/metrics', {
    params: { query: { orgUnit: counties, after, limit: LARGEST_PAGE } },
  })));
}

function figureRuns(review: ReviewDocument, section?: string): FigureRun[] {
  return review.sections
    .filter((s) => section === undefined || s.key === section)
    .flatMap((s) => s.blocks.flatMap((b) => b.runs.filter((r): r is FigureRun => r.type === 'figure')));
}

// Shares, growths and changes say how, not how much: a headline is a count the text states.
const NOT_COUNTS = new Set(['%', '个百分点']);

/**
 * The headline of each section that states figures: its largest counted figure, as the text states it
 * (a value of its own, approved, not a share or a growth).
 */
export function headlines(review: ReviewDocument): FigureRun[] {
  return review.sections.flatMap((s) => {
    const counts = figureRuns(review, s.key).filter((r) =>
      r.computation === 'value' && r.value !== null && !NOT_COUNTS.has(r.unit ?? '%') && r.status === 'approved');
    const largest = counts.reduce<FigureRun | undefined>((top, r) => (!top || r.value! > top.value! ? r : top), undefined);
    return largest ? [largest] : [];
  });
}

/** The display format the text uses for each indicator it states. */
export function textFormats(review: ReviewDocument): Map<string, DisplayFormat> {
  return new Map(figureRuns(review).filter((r) => r.computation === 'value').map((r) => [r.indicator, r.format]));
}

/** The section a figure belongs to (its indicator's category: theory.… is theory). */
export function sectionOf(run: FigureRun): string {
  return run.indicator.split('.')[0] ?? '';
}

/**
 * A chart for each group with two shares or more (percent of a whole, not growths): one measure per chart,
 * drawn on 0–100, each bar written as the review writes it.
 */
export function shareCharts(groups: Schemas['FigureGroup'][], formats: Map<string, DisplayFormat>,
                            locale: string): BarChartSpec[] {
  return groups.flatMap((g) => {
    const shares = g.figures.filter((f) => f.valueType === 'percent');
    if (shares.length < 2) return [];
    return [{
      title: `${localName(g, locale)}${locale === 'en' ? ' (%)' : '（%）'}`,
      max: 100,
      bars: shares.map((f) => ({
        label: localName(f, locale),
        value: f.value,
        display: localFigure(f.value, f.qualifier, f.unit, formats.get(f.indicator) ?? 'number', locale),
      })),
    }];
  });
}
