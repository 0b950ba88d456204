// One error type for every bad input to free-slot search, so a caller can show `message` to a
// person and branch on `code` without parsing text.

export type SlotQueryErrorCode =
  | 'unknown-zone'
  | 'invalid-window'
  | 'window-too-long'
  | 'invalid-time-box'
  | 'invalid-working-hours'
  | 'invalid-minutes'
  | 'invalid-instant'
  | 'invalid-cap'
  | 'mentee-free-time-mismatch';

export class SlotQueryError extends Error {
  readonly code: SlotQueryErrorCode;

  constructor(code: SlotQueryErrorCode, message: string) {
    super(message);
    this.name = 'SlotQueryError';
    this.code = code;
  }
}
