/** The words a page gives the browser tab, search engines and link previews. */
export interface PageWords {
  t: (key: string) => string;
  te: (key: string) => boolean;
}

/** Sets the document title ("page · site") and the meta description of the page named under `page.` in i18n.ts. */
export function showPageMeta(page: string | undefined, words: PageWords, doc: Document = document): void {
  const site = words.t('page.site');
  const known = page !== undefined && words.te(`page.${page}.title`);
  doc.title = known ? `${words.t(`page.${page}.title`)} · ${site}` : site;
  let description = doc.head.querySelector<HTMLMetaElement>('meta[name="description"]');
  if (!description) {
    description = doc.createElement('meta');
    description.name = 'description';
    doc.head.append(description);
  }
  description.content = known ? words.t(`page.${page}.description`) : words.t('page.review.description');
}
