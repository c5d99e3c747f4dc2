import type { DraftContent } from './api';

/** What the author typed and the server has not yet confirmed: kept in the browser until it has. */
export interface LocalCopy {
  /** The draft version the author was editing. */
  baseVersion: number;
  content: DraftContent;
  /** When it was last kept (ISO). */
  at: string;
}

const keyOf = (user: string, year: number) => `zongshu.draft.${user}.${year}`;

export function keepLocally(user: string, year: number, copy: LocalCopy, storage: Storage = localStorage): void {
  try {
    storage.setItem(keyOf(user, year), JSON.stringify(copy));
  } catch {
    // A full or disabled storage: the page still warns before leaving with unsaved words.
  }
}

export function localCopy(user: string, year: number, storage: Storage = localStorage): LocalCopy | undefined {
  try {
    const copy = JSON.parse(storage.getItem(keyOf(user, year)) ?? 'null') as LocalCopy | null;
    return copy && typeof copy.baseVersion === 'number' && Array.isArray(copy.content?.sections) ? copy : undefined;
  } catch {
    return undefined;
  }
}

export function dropLocalCopy(user: string, year: number, storage: Storage = localStorage): void {
  storage.removeItem(keyOf(user, year));
}
