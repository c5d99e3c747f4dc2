/**
 * The form's unsaved values, kept in this browser (localStorage) per user and submission, so a reload,
 * a crash or a closed tab loses nothing typed. Written as the clerk types, removed entry by entry once
 * the server has stored the value, and offered back when the form opens again.
 */
export interface TypedValue {
  value: string;
  moreThan: boolean;
  comment: string;
}

export interface LocalCopy {
  /** The submission's version the values were typed on (its ETag). */
  etag: string;
  savedAt: string;
  values: Record<string, TypedValue>;
}

const PREFIX = 'zongshu.unsaved';

export function copyKey(user: string, submission: number): string {
  return `${PREFIX}.${user}.${submission}`;
}

export function readCopy(storage: Storage, key: string): LocalCopy | null {
  try {
    const copy = JSON.parse(storage.getItem(key) ?? 'null') as LocalCopy | null;
    return copy && typeof copy.values === 'object' && Object.keys(copy.values).length ? copy : null;
  } catch {
    return null; // a copy that cannot be read is no copy
  }
}

/** Keeps the values, or removes the copy when there are none left to keep. */
export function writeCopy(storage: Storage, key: string, etag: string, values: Record<string, TypedValue>,
                          now = new Date()): void {
  if (!Object.keys(values).length) {
    storage.removeItem(key);
    return;
  }
  try {
    storage.setItem(key, JSON.stringify({ etag, savedAt: now.toISOString(), values } satisfies LocalCopy));
  } catch {
    // A full or disabled storage: the form still warns before leaving with unsaved values.
  }
}

/** The values of a copy that still differ from what the server holds (stored: what the form would show). */
export function stillUnsaved(copy: LocalCopy, stored: (indicator: string) => TypedValue): Record<string, TypedValue> {
  return Object.fromEntries(Object.entries(copy.values).filter(([indicator, typed]) => {
    const s = stored(indicator);
    return typed.value.trim() !== s.value.trim() || typed.moreThan !== s.moreThan || typed.comment !== s.comment;
  }));
}
