/** A catalogue entry's name in the interface language (the review's own text stays Chinese). */
export function localName(entry: { nameZh: string; nameEn: string }, locale: string): string {
  return locale === 'en' ? entry.nameEn : entry.nameZh;
}
