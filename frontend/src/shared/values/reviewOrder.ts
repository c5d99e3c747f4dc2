import type { Schemas } from '../api/client';

type Indicator = Schemas['Indicator'];
type Category = Indicator['category'];

/** The parts of a review this needs: its sections in order, and the indicators its figures name. */
export interface ReviewOutline {
  sections: { key: string; heading?: string | null; blocks: { runs: ({ type: 'text' } | { type: 'figure'; indicator: string })[] }[] }[];
}

export interface IndicatorGroup {
  category: Category;
  /** The review section's heading (坚持凝心铸魂), when a section of the review is this category's. */
  heading: string | null;
  indicators: Indicator[];
}

const CATEGORIES: Category[] = ['theory', 'cadre', 'grassroots', 'talent'];

/**
 * The indicators grouped and ordered as the review reads. Groups are categories, in the order of the
 * review's sections of the same key (the review's themed sections are the categories: theory, cadre,
 * grassroots, talent); within a group, indicators in the order the review first states them, then the
 * ones it does not state, in catalogue order. Keyed by category rather than by the figures alone, so a
 * new indicator, or a review that drops a figure, still lands in its section, and next year's form
 * follows last year's review without anyone maintaining a list. Without a review: categories in their
 * usual order.
 */
export function groupByReview(indicators: Indicator[], review?: ReviewOutline | null): IndicatorGroup[] {
  const mentioned = new Map<string, number>();
  const sectionOrder: string[] = [];
  const headings = new Map<string, string | null>();
  for (const section of review?.sections ?? []) {
    if ((CATEGORIES as string[]).includes(section.key) && !sectionOrder.includes(section.key)) {
      sectionOrder.push(section.key);
      headings.set(section.key, section.heading ?? null);
    }
    for (const block of section.blocks) {
      for (const run of block.runs) {
        if (run.type === 'figure' && !mentioned.has(run.indicator)) mentioned.set(run.indicator, mentioned.size);
      }
    }
  }
  const categories = [...sectionOrder, ...CATEGORIES.filter((c) => !sectionOrder.includes(c))] as Category[];
  const catalogueOrder = new Map(indicators.map((indicator, i) => [indicator.code, i]));
  const rank = (i: Indicator) => mentioned.get(i.code) ?? mentioned.size + catalogueOrder.get(i.code)!;
  return categories
    .map((category) => ({
      category,
      heading: headings.get(category) ?? null,
      indicators: indicators.filter((i) => i.category === category).sort((a, b) => rank(a) - rank(b)),
    }))
    .filter((group) => group.indicators.length);
}
