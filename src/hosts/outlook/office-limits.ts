// Outlook's documented limits for the compose APIs this add-in calls (@types/office-js 1.0.612 and
// office-js-docs-pr "limits-for-activation-and-javascript-api-for-outlook-add-ins"; see
// /work/shared/reference/platform-facts.md §7). Checked before calling, so the user gets a sentence
// instead of an opaque Office failure.

/** Outlook on the web and new Outlook run at most 3 async calls at once; more fail there. */
export const MAX_OFFICE_CALLS_IN_FLIGHT = 3;

/** body.prependAsync, body.setAsync and body.setSelectedDataAsync refuse data over 1,000,000 characters. */
export const MAX_BODY_DATA_CHARS = 1_000_000;

/** subject.setAsync refuses more than 255 characters. */
export const MAX_SUBJECT_CHARS = 255;

/** Lowest `Mailbox` requirement set of each API used ([Api set] tags in @types/office-js); checked per call. */
export const MAILBOX_SETS = {
  subject: '1.1',
  recipients: '1.1',
  times: '1.1',
  prependBody: '1.1',
  insertAtCursor: '1.1',
  getBody: '1.3',
  setBody: '1.3',
  save: '1.3',
  convertToRestId: '1.3',
} as const;
