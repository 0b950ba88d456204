/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { BookingState } from '../../domain/booking-saga';
import { initialBookingState } from '../../domain/booking-saga';
import { fakeClaim, fakeOfficeHoursPort, fakeSheet } from '../common/fake-office-hours-ports';
import { fakeTabPorts } from '../common/fake-tab-ports';
import type { ClaimRequest, OfficeHoursPort, SheetView } from '../common/office-hours-ports';
import { renderWithPorts, stubResizeObserver } from '../common/render-with-ports';
import type { Viewer } from '../common/tab-ports';
import { OfficeHoursScreen } from './office-hours-screen';

beforeAll(stubResizeObserver);

const SHEET = fakeSheet();
const [S0, S1] = SHEET.slots;
const booked: BookingState = { ...initialBookingState(), phase: 'booked' };
const GOAL = 'Could you check the opening of my talk for the all-hands?';

function renderScreen(port: Partial<OfficeHoursPort> & { sheets?: SheetView[] }, viewer: Partial<Viewer> = {}) {
  return renderWithPorts(<OfficeHoursScreen />, fakeTabPorts({ viewer, officeHours: fakeOfficeHoursPort(port) }));
}

async function fillRequest() {
  fireEvent.change(await screen.findByTestId('claim-goal'), { target: { value: GOAL } });
  fireEvent.change(screen.getByTestId('claim-success'), { target: { value: 'A stronger first minute' } });
}

describe('Office hours, as a mentee', () => {
  it('lists open sheets with their slots in the viewer’s zone and claims a free slot with a precise request', async () => {
    const calls: ClaimRequest[] = [];
    renderScreen({
      sheets: [{ sheet: SHEET, claims: [] }],
      claim: async (_sheet, slotStart, request) => {
        calls.push(request);
        const claim = fakeClaim({ itemId: '9', menteeId: 'viewer-1', state: 'claimed', slotStart });
        return { kind: 'booked', view: { sheet: SHEET, claims: [claim] }, claim, booking: booked };
      },
    });
    const card = await screen.findByTestId('sheet-card');
    expect(within(card).getByText('public speaking with Daniel Okafor')).toBeTruthy();
    expect(within(card).getByText('Tuesday, 3 March 2026')).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: /Claim Tuesday, 3 March 2026 10:00–10:15/ }));
    const submit = await screen.findByTestId('claim-submit');
    expect((submit as HTMLButtonElement).disabled).toBe(true);
    await fillRequest();
    fireEvent.click(screen.getByTestId('claim-submit'));
    expect(await screen.findByText('The slot is yours')).toBeTruthy();
    expect(calls).toEqual([{ goal: GOAL, context: '', success: 'A stronger first minute' }]);
    expect(within(card).getByText('Your slot')).toBeTruthy();
  });

  it('coaches a vague question with the request form’s coaching', async () => {
    renderScreen({ sheets: [{ sheet: SHEET, claims: [] }] });
    fireEvent.click(await screen.findByRole('button', { name: /Claim Tuesday, 3 March 2026 10:00–10:15/ }));
    fireEvent.change(await screen.findByTestId('claim-goal'), { target: { value: 'Can I pick your brain?' } });
    expect(await screen.findByTestId('coaching')).toBeTruthy();
  });

  it('says when someone took the slot meanwhile, with the place on its waitlist', async () => {
    renderScreen({
      sheets: [{ sheet: SHEET, claims: [] }],
      claim: async (_sheet, slotStart) => {
        const holder = fakeClaim({ itemId: '1', menteeId: 'other', state: 'claimed', slotStart });
        const first = fakeClaim({ itemId: '2', menteeId: 'first', state: 'waiting', slotStart });
        const mine = fakeClaim({ itemId: '3', menteeId: 'viewer-1', state: 'waiting', slotStart });
        return { kind: 'waiting', view: { sheet: SHEET, claims: [holder, first, mine] }, claim: mine, ahead: 1 };
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: /Claim Tuesday, 3 March 2026 10:00–10:15/ }));
    await fillRequest();
    fireEvent.click(screen.getByTestId('claim-submit'));
    expect(await screen.findByText('Someone claimed this slot before you')).toBeTruthy();
    expect(screen.getByText(/You are on its waitlist, 1 ahead of you/)).toBeTruthy();
    expect(screen.getByText('On the waitlist, 1 ahead of you')).toBeTruthy();
  });

  it('shows a refused request at its field, keeping what was typed', async () => {
    renderScreen({
      sheets: [{ sheet: SHEET, claims: [] }],
      claim: async () => Promise.reject({ code: 'invalid', message: 'Only https links can be shared.', field: 'context' }),
    });
    fireEvent.click(await screen.findByRole('button', { name: /Claim Tuesday, 3 March 2026 10:00–10:15/ }));
    await fillRequest();
    fireEvent.click(screen.getByTestId('claim-submit'));
    expect(await screen.findByText('Only https links can be shared.')).toBeTruthy();
    // The form stayed through the attempt: what was typed is still there to correct.
    expect((screen.getByTestId('claim-goal') as HTMLInputElement).value).toBe(GOAL);
  });

  it('offers a taken slot’s waitlist, and a freed slot to accept before its deadline', async () => {
    const accepted: string[] = [];
    const offered = fakeClaim({ itemId: '5', menteeId: 'viewer-1', state: 'offered', slotStart: S1!.start, offerExpiresAt: S1!.start - 3_600_000 });
    renderScreen({
      sheets: [{ sheet: SHEET, claims: [fakeClaim({ itemId: '4', menteeId: 'other', state: 'claimed', slotStart: S0!.start }), offered] }],
      accept: async (_sheet, claimItemId) => {
        accepted.push(claimItemId);
        const claim = { ...offered, state: 'claimed' as const };
        return { kind: 'booked', view: { sheet: SHEET, claims: [claim] }, claim, booking: booked };
      },
    });
    const card = await screen.findByTestId('sheet-card');
    expect(within(card).getByText('Taken')).toBeTruthy();
    // One slot per person: with an offer in hand, the other slots offer no claim.
    expect(within(card).queryByRole('button', { name: /Join the waitlist/ })).toBeNull();
    expect(within(card).getByText('Free for you until 3 Mar 2026 09:15')).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: /^Accept/ }));
    expect(await screen.findByText('The slot is yours')).toBeTruthy();
    expect(accepted).toEqual(['5']);
  });

  it('says when nothing is open', async () => {
    renderScreen({ sheets: [] });
    expect(await screen.findByText('No office hours open right now')).toBeTruthy();
  });
});

describe('Office hours, as a mentor', () => {
  const mentor = { id: 'viewer-1', displayName: 'Ada Mentee', email: 'ada@contoso.example', topics: ['public speaking', 'negotiation'] };

  it('offers only the free times of the calendar and shows refusals at their fields', async () => {
    const posted: unknown[] = [];
    renderScreen(
      {
        postableMentors: async () => [mentor],
        freeSlots: async () => [S0!, S1!],
        post: async (_m, draft) => {
          posted.push(draft);
          return { kind: 'invalid', errors: [{ code: 'slot-not-free', field: 'slots', slot: 0, message: 'Tuesday 10:00–10:15 is not free in the mentor’s Outlook calendar.' }] };
        },
      },
      { isMentor: true },
    );
    fireEvent.click(await screen.findByRole('tab', { name: 'My sheets' }));
    const group = await screen.findByRole('group', { name: 'Slots to offer' });
    const boxes = within(group).getAllByRole('checkbox');
    expect(boxes).toHaveLength(2);
    fireEvent.click(boxes[0]!);
    fireEvent.click(screen.getByTestId('post-submit'));
    expect(await screen.findByText('Tuesday 10:00–10:15 is not free in the mentor’s Outlook calendar.')).toBeTruthy();
    expect(posted).toEqual([{ topic: 'public speaking', note: '', slots: [S0] }]);
  });

  it('lists who claimed which slot and withdraws with a word to them', async () => {
    const withdrawn: string[] = [];
    const own = fakeSheet({ mentorId: 'viewer-1', mentorName: 'Ada Mentee' });
    const claims = [fakeClaim({ itemId: '1', menteeId: 'm1', menteeName: 'Sam', state: 'claimed' }), fakeClaim({ itemId: '2', menteeId: 'm2', state: 'waiting' })];
    renderScreen(
      {
        sheets: [{ sheet: own, claims }],
        postableMentors: async () => [mentor],
        withdraw: async (_id, comment) => {
          withdrawn.push(comment);
          return { sheet: { ...own, status: 'withdrawn' }, claims };
        },
      },
      { isMentor: true },
    );
    fireEvent.click(await screen.findByRole('tab', { name: 'My sheets' }));
    const card = await screen.findByTestId('mentor-sheet-card');
    expect(within(card).getByText(/Sam/)).toBeTruthy();
    expect(within(card).getByText(/1 waiting/)).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: 'Withdraw…' }));
    fireEvent.change(within(card).getByRole('textbox'), { target: { value: 'Sorry, I am travelling.' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Withdraw and tell them' }));
    await waitFor(() => expect(within(card).getByText('Withdrawn')).toBeTruthy());
    expect(withdrawn).toEqual(['Sorry, I am travelling.']);
  });
});
