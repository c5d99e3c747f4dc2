import { api, must, type Schemas } from '../../shared/api/client';
import { indicatorCatalogue, orgUnitList, type Indicator, type OrgUnit } from '../../shared/api/reference';

export type ReviewDocument = Schemas['ReviewDocument'];
export type Section = Schemas['Section'];
export type FigureRun = Schemas['FigureRun'];
export type ValueChange = Schemas['ValueChange'];
export type Edition = Schemas['Edition'];
/** A value as an edition froze it: number, qualifier, revision and where it came from. */
export type FrozenValue = Schemas['ExportValue'];

/**
 * What the article sets: a published edition, or a draft's rendering (the editor's preview), which has
 * no edition yet. The sections' figure runs carry their status (always `approved` in an edition).
 */
export type ArticleDocument = Pick<ReviewDocument, 'title' | 'subtitle' | 'sections' | 'orgUnit' | 'period'>
  & Partial<Pick<ReviewDocument, 'year' | 'edition' | 'publishedAt' | 'correction'>>;

/** Catalogue entries by code, for names (Chinese or English) and units; they arrive after the text. */
export interface Names {
  indicators: Record<string, Indicator>;
  orgUnits: Record<string, OrgUnit>;
}

/** The newest published review's year, or null when none is published. */
async function latestPublishedYear(): Promise<number | null> {
  const years = must(await api.GET('/api/v1/reviews')).filter((r) => r.state === 'published').map((r) => r.year);
  return years.length ? Math.max(...years) : null;
}

// The front page's text, asked for by main.ts while the page's code is still on its way; taken once.
let early: Promise<ReviewDocument | null> | undefined;

/** Asks now for what the front page will show: two requests in a row that need none of its code. */
export function askForFrontPage(): void {
  early = newestReviewDocument();
  early.catch(() => undefined); // the page that takes it shows the failure
}

/** The newest published review's latest edition (null when none is published): the front page's text. */
export function frontPageDocument(): Promise<ReviewDocument | null> {
  const asked = early;
  early = undefined;
  return asked ?? newestReviewDocument();
}

async function newestReviewDocument(): Promise<ReviewDocument | null> {
  const year = await latestPublishedYear();
  return year === null ? null : readReviewDocument(year);
}

/** A year's latest edition, or the edition numbered `edition`: the one request the text waits for. */
export async function readReviewDocument(year: number, edition?: number): Promise<ReviewDocument> {
  if (edition === undefined) {
    return must(await api.GET('/api/v1/reviews/{year}', { params: { path: { year: String(year) } } }));
  }
  return must(await api.GET('/api/v1/reviews/{year}/editions/{number}', {
    params: { path: { year: String(year), number: String(edition) } },
  }));
}

export async function readEditions(year: number): Promise<Edition[]> {
  return must(await api.GET('/api/v1/reviews/{year}/editions', { params: { path: { year: String(year) } } }));
}

export async function readNames(): Promise<Names> {
  const [indicators, orgUnits] = await Promise.all([indicatorCatalogue(), orgUnitList()]);
  return {
    indicators: Object.fromEntries(indicators.map((i) => [i.code, i])),
    orgUnits: Object.fromEntries(orgUnits.map((u) => [u.code, u])),
  };
}

/** Where a value is filed: the key of a figure run's value among an edition's frozen values. */
export function valueKey(v: { indicator: string; orgUnit: string; period: string }): string {
  return `${v.indicator}|${v.orgUnit}|${v.period}`;
}

/** The units and periods the document's figures read, for asking only for those values. */
export function figureScope(document: ArticleDocument): { orgUnits: string[]; periods: string[] } {
  const runs = figureRuns(document);
  return {
    orgUnits: [...new Set(runs.map((r) => r.orgUnit))].sort(),
    periods: [...new Set(runs.flatMap((r) => [r.period, ...(r.basePeriod ? [r.basePeriod] : [])]))].sort(),
  };
}

export function figureRuns(document: Pick<ArticleDocument, 'sections'>): FigureRun[] {
  return document.sections.flatMap((s) => s.blocks.flatMap((b) =>
    b.runs.filter((r): r is FigureRun => r.type === 'figure')));
}

/**
 * The values an edition froze for the document's figures, with their revision and provenance: what the
 * reader's figures were published with, not what is approved today.
 */
export async function readFrozenValues(document: ReviewDocument): Promise<Record<string, FrozenValue>> {
  const { orgUnits, periods } = figureScope(document);
  if (!orgUnits.length) return {};
  const exported = must(await api.GET('/api/v1/exports', {
    params: { query: { edition: document.edition, orgUnit: orgUnits, period: periods, format: 'json' } },
  }));
  const values = typeof exported === 'object' && 'dataValues' in exported ? exported.dataValues : [];
  return Object.fromEntries(values.map((v) => [valueKey(v), v]));
}

/** The edition's frozen values for download (CSV, JSON, JSON-stat), optionally one indicator's only. */
export function editionDownload(edition: string, format: 'csv' | 'json' | 'json-stat', indicator?: string): string {
  const query = new URLSearchParams({ edition, format });
  if (indicator) query.set('indicator', indicator);
  return `/api/v1/exports?${query}`;
}
