/** The largest page the API serves (limit): the fewest requests when every item is needed. */
export const LARGEST_PAGE = '1000';

/** A page of a paged list, as every paged read answers: pass next as after for the following page. */
export interface Page<T> {
  items: T[];
  next: number | null;
}

/**
 * Every item of a paged list, for a screen that needs them all: asks for the first page, then for each
 * following one with the previous page's next as after, until next is null.
 */
export async function allPages<T>(page: (after: string | undefined) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let after: string | undefined;
  do {
    const answer = await page(after);
    items.push(...answer.items);
    after = answer.next === null ? undefined : String(answer.next);
  } while (after !== undefined);
  return items;
}
