import { useI18n } from 'vue-i18n';
import type { Schemas } from '../api/client';

/** What the API names in both languages: indicators, org units, figures (nameZh/nameEn), groups (titleZh/titleEn). */
export interface Named {
  nameZh: string;
  nameEn: string;
}
export interface Titled {
  titleZh: string;
  titleEn: string;
}

const isEnglish = (locale: string) => locale === 'en' || locale.startsWith('en-');

/** The units the catalogue counts in (its code is the Chinese word). */
export type Unit = Schemas['Indicator']['unit'];

/**
 * Each unit's English label: the ones the API's English exports write (lang=en; backend Unit). Most are
 * measure words with no English unit of their own, so the label names what is counted.
 */
const ENGLISH_UNITS: Record<Unit, string> = {
  个: 'number', 名: 'persons', 件: 'cases', 期: 'sessions', 所: 'institutions', 份: 'documents', 套: 'sets',
  项: 'items', 条: 'items', 轮: 'rounds', 家: 'enterprises', '%': '%', 个百分点: 'percentage points', 岁: 'years',
};

/**
 * A unit named on its own (a table's unit column, a form field's unit) in the interface language: the
 * stored Chinese word, or its English label. A code the catalogue does not know is shown as it is.
 */
export function localUnit(unit: string | null | undefined, locale: string): string {
  if (!unit) return '';
  return isEnglish(locale) ? ENGLISH_UNITS[unit as Unit] ?? unit : unit;
}

/**
 * What follows a number of this unit: in Chinese the measure word itself (12所); in English a space and
 * the label (12 institutions), % directly (63.5%), and nothing for 个 (a bare count: 321).
 */
export function unitAfterNumber(unit: string | null | undefined, locale: string): string {
  if (!isEnglish(locale) || !unit) return unit ?? '';
  if (unit === '个') return '';
  const label = localUnit(unit, locale);
  return label === '%' ? label : ` ${label}`;
}

/** The one "Chinese or English name" choice: the API's English name in English mode, else the Chinese one. */
export function localName(thing: Named, locale: string): string;
export function localName(thing: Titled, locale: string): string;
export function localName(thing: Named | Titled, locale: string): string {
  const english = isEnglish(locale);
  if ('nameZh' in thing) return (english ? thing.nameEn : thing.nameZh) || thing.nameZh;
  return (english ? thing.titleEn : thing.titleZh) || thing.titleZh;
}

/** localName for a component: follows the interface language as it changes. */
export function useLocalName(): (thing: Named | Titled) => string {
  const { locale } = useI18n();
  return (thing) => localName(thing as Named, locale.value);
}
