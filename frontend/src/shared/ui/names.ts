import { useI18n } from 'vue-i18n';

/** What the API names in both languages: indicators, org units, figures (nameZh/nameEn), groups (titleZh/titleEn). */
export interface Named {
  nameZh: string;
  nameEn: string;
}
export interface Titled {
  titleZh: string;
  titleEn: string;
}

/** The one "Chinese or English name" choice: the API's English name in English mode, else the Chinese one. */
export function localName(thing: Named, locale: string): string;
export function localName(thing: Titled, locale: string): string;
export function localName(thing: Named | Titled, locale: string): string {
  const english = locale === 'en' || locale.startsWith('en-');
  if ('nameZh' in thing) return (english ? thing.nameEn : thing.nameZh) || thing.nameZh;
  return (english ? thing.titleEn : thing.titleZh) || thing.titleZh;
}

/** localName for a component: follows the interface language as it changes. */
export function useLocalName(): (thing: Named | Titled) => string {
  const { locale } = useI18n();
  return (thing) => localName(thing as Named, locale.value);
}
