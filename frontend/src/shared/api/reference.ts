import { api, must, type Schemas } from './client';
import { localName } from '../ui/names';

export type Indicator = Schemas['Indicator'];
export type OrgUnit = Schemas['OrgUnit'];
export type Period = Schemas['Period'];

let indicators: Promise<Indicator[]> | undefined;
let orgUnits: Promise<OrgUnit[]> | undefined;

/** The indicator catalogue; read once per page load (it changes only with a new dataset). */
export function indicatorCatalogue(): Promise<Indicator[]> {
  indicators ??= api.GET('/api/v1/indicators').then(must);
  indicators.catch(() => (indicators = undefined));
  return indicators;
}

export function orgUnitList(): Promise<OrgUnit[]> {
  orgUnits ??= api.GET('/api/v1/org-units').then(must);
  orgUnits.catch(() => (orgUnits = undefined));
  return orgUnits;
}

/** Periods change state (open, closed), so they are read fresh each time. */
export async function periodList(): Promise<Period[]> {
  return must(await api.GET('/api/v1/periods'));
}

/** A unit's name in the interface language. */
export function unitName(units: OrgUnit[], code: string, locale: string): string {
  const unit = units.find((u) => u.code === code);
  return unit ? localName(unit, locale) : code;
}
