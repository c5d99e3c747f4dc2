import type { Schemas } from '../../shared/api/client';
import type { Indicator, OrgUnit } from '../../shared/api/reference';
import type { BarChartSpec } from '../../shared/ui/chart/chart';
import { formatValue } from '../../shared/ui/format';

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

/** One indicator across the counties in one period; counties without an approved value are listed apart. */
export function countyComparison(metrics: Metric[], units: OrgUnit[], indicator: Indicator, period: string,
                                 locale: string): { chart: BarChartSpec; missing: string[] } {
  const counties = units.filter((u) => u.level === 'county');
  const byUnit = new Map(metrics.filter((m) => m.period === period && m.indicator === indicator.code)
    .map((m) => [m.orgUnit, m]));
  const name = (u: OrgUnit) => (locale === 'en' ? u.nameEn : u.nameZh);
  return {
    chart: {
      title: `${locale === 'en' ? indicator.nameEn : indicator.nameZh}（${indicator.unit}，${period}）`,
      bars: counties.flatMap((u) => {
        const m = byUnit.get(u.code);
        return m ? [{ label: name(u), value: m.value, display: formatValue(m.value, m.unit, m.qualifier) }] : [];
      }),
    },
    missing: counties.filter((u) => !byUnit.has(u.code)).map(name),
  };
}
