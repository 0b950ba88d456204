// Graph columnDefinition objects for the program site's lists, one helper per column kind, so each
// list's seed states only its columns (seed-signup-lists.ts; the other lists may use them too).
export const text = (name: string, displayName = name) => ({ name, displayName, text: { allowMultipleLines: false, maxLength: 255 } });
export const note = (name: string, displayName = name) => ({ name, displayName, text: { allowMultipleLines: true } });
export const number = (name: string, displayName = name) => ({ name, displayName, number: {} });
export const bool = (name: string, displayName = name) => ({ name, displayName, boolean: {} });
export const dateTime = (name: string, displayName = name) => ({ name, displayName, dateTime: { displayAs: 'standard', format: 'dateTime' } });
/** A natural key: SharePoint refuses a second item with the same value (unique columns must be indexed). */
export const uniqueKey = (name: string, displayName = name) => ({ ...text(name, displayName), indexed: true, enforceUniqueValues: true });
/** Filtered on: SharePoint lists large lists only by indexed columns. */
export const indexedText = (name: string, displayName = name) => ({ ...text(name, displayName), indexed: true });
