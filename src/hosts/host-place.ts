// Where the viewer reads times when Outlook's mailbox settings give none: the host's own clock zone
// and language.

/** The zone the host's clock runs in. */
export function hostZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

export function hostLocale(): string {
  return (typeof navigator !== 'undefined' && navigator.language) || 'en-GB';
}
