// Which mentors were on the directory's first page, kept in the tab's local storage between visits,
// so their profiles and calendars can be read before the page is listed. Only ids and addresses are
// kept (never profiles or calendars); storage that is blocked or full just means no head start.
import type { FirstCardsMemory, RememberedMentor } from './directory-warm-up';

const PREFIX = 'micromentor.first-cards.';
const MAX_ENTRIES = 100;
const MAX_ADDRESS = 320;

export function firstCardsMemory(viewerKey: string, storage: Storage | undefined = browserStorage()): FirstCardsMemory {
  const itemKey = PREFIX + viewerKey.trim().toLowerCase();
  return {
    recall() {
      try {
        const value: unknown = JSON.parse(storage?.getItem(itemKey) ?? '[]');
        if (!Array.isArray(value)) return [];
        return value.filter(isRemembered).slice(0, MAX_ENTRIES);
      } catch {
        return [];
      }
    },
    remember(mentors) {
      try {
        storage?.setItem(itemKey, JSON.stringify(mentors.slice(0, MAX_ENTRIES)));
      } catch {
        // storage full or blocked: the next visit reads the page first, as without memory
      }
    },
  };
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= MAX_ADDRESS;

function isRemembered(value: unknown): value is RememberedMentor {
  if (typeof value !== 'object' || value === null) return false;
  const { userId, upn } = value as Record<string, unknown>;
  return isText(userId) && (upn === undefined || isText(upn));
}

function browserStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // a frame whose storage is blocked throws on access
  }
}
