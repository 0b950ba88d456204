import { GatewayError } from './gateway-error';
import { changedClaimFields, claimToFields, fieldsToClaim, fieldsToSheet, sheetToFields } from './signup-fields';
import type { SignupSheet } from '../domain/signup-sheet';
import type { SlotClaim } from '../domain/signup-claims';

const START = Date.parse('2030-01-03T09:00:00Z');
const sheet: SignupSheet = {
  key: 'k1', itemId: '4', mentorId: 'm', mentorName: 'Daniel', mentorEmail: 'd@x', topic: 'public speaking', note: '',
  slots: [{ start: START, end: START + 900_000 }], status: 'open', postedBy: 'm',
};
const claim: SlotClaim = {
  itemId: '7', sheetItemId: '4', slotStart: START, menteeId: 'a', menteeName: 'Ana', menteeEmail: 'a@x', menteePlace: { zone: 'Asia/Kolkata', locale: 'en-IN' },
  state: 'waiting', goal: 'g', context: '', success: 's', joinedAt: 5, offerMailed: false,
};

function refusal(run: () => unknown): GatewayError {
  try {
    run();
  } catch (error) {
    return error as GatewayError;
  }
  throw new Error('not refused');
}

describe('signup fields', () => {
  it('reads back what it writes', () => {
    expect(fieldsToSheet('4', sheetToFields(sheet))).toEqual(sheet);
    expect(fieldsToClaim('7', claimToFields(claim))).toEqual(claim);
  });

  it('moves a claim to the slot’s key when it is offered the slot, and writes only what changed', () => {
    const fields = changedClaimFields(claim, { ...claim, state: 'offered', offerExpiresAt: START - 3_600_000 });
    expect(fields).toEqual({ ClaimKey: `4-${START}`, State: 'offered', OfferExpiresUtc: '2030-01-03T08:00:00Z' });
  });

  it('names the list, item and column of a value edited by hand that it cannot use', () => {
    const badSlots = refusal(() => fieldsToSheet('4', { ...sheetToFields(sheet), Slots: '[{"start":"soon"}]' }));
    expect(badSlots).toMatchObject({ code: 'invalid', field: 'Slots' });
    expect(badSlots.message).toContain('Sheet 4 in the SignupSheets list');
    expect(refusal(() => fieldsToClaim('7', { ...claimToFields(claim), State: 'maybe' }))).toMatchObject({ code: 'invalid', field: 'State' });
  });
});
