import type { Schemas } from '../../shared/api/client';
import type { Indicator, OrgUnit } from '../../shared/api/reference';
import { axisMax, type BarChartSpec } from '../../shared/ui/chart/chart';
import type { DisplayFormat } from '../../shared/format/figureFormat';
import { localFigure } from '../../shared/format/localFigure';
import { localName } from '../../shared/ui/names';

type Metric = Schemas['Metric'];

/** What approved county-level values exist: by period, the indicators that have any. */
export function countyCoverage(metrics: Metric[], units: OrgUnit[]): Map<string, Set<string>> {
  const counties = new Set(units.filter((u) => u.level === 'county').map((u) => u.code));
  const coverage = new Map<string, Set<string>>();
  for (const m of metrics) {
    if (!counties.has(m.orgUnit)) continue;
    if (!coverage.has(m.period)) coverage.set(m.period, new Set());
    coverage.get(m.period)!.add(m.indicator);
  }
  return coverage;
}

/**
 * One indicator across the counties in one period, written as the review writes it (`format`) in the
 * interface language; a share is drawn on 0–100. Counties without an approved value are listed apart.
 */
export function countyComparison(metrics: Metric[], units: OrgUnit[], indicator: Indicator, period: string,
                                 locale: string, format: DisplayFormat = 'number'): { chart: BarChartSpec; missing: string[] } {
  const counties = units.filter((u) => u.level === 'county');
  const byUnit = new Map(metrics.filter((m) => m.period === period && m.indicator === indicator.code)
    .map((m) => [m.orgUnit, m]));
  const name = (u: OrgUnit) => localName(u, locale);
  return {
    chart: {
      title: locale === 'en'
        ? `${localName(indicator, locale)} (${period})`
        : `${localName(indicator, locale)}（${indicator.unit}，${period}）`,
      max: axisMax(indicator.unit),
      bars: counties.flatMap((u) => {
        const m = byUnit.get(u.code);
        return m ? [{ label: name(u), value: m.value, display: localFigure(m.value, m.qualifier, m.unit, format, locale) }] : [];
      }),
    },
    missing: counties.filter((u) => !byUnit.has(u.code)).map(name),
  };
}
