/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import { renderWithPorts, stubResizeObserver } from '../common/render-with-ports';
import { fakeTabPorts } from '../common/fake-tab-ports';
import type { MentorOffer, MentorOfferPort, OfferSaveResult, StoredOffer } from '../common/tab-ports';
import { MentorOfferScreen } from './mentor-offer-screen';

beforeAll(stubResizeObserver);

const OFFER: MentorOffer = {
  active: true,
  topics: ['Finance'],
  bio: 'Twenty years in corporate finance.',
  sessionLengths: [45],
  capacityPerWeek: 2,
  capacityPerMonth: 6,
  noticeMinutes: 1440,
  bufferMinutes: 15,
};

function renderScreen(port: Partial<MentorOfferPort>) {
  const mentorOffer: MentorOfferPort = {
    read: async () => ({ offer: OFFER, version: 'v1' }),
    save: async (_base, next) => ({ kind: 'saved', stored: { offer: next, version: 'v2' } }),
    workingHours: async () => ({ days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], start: '09:00', end: '17:00', zone: 'Europe/Berlin' }),
    topics: () => ['Finance', 'Presentations', 'Negotiation'],
    ...port,
  };
  const ports = fakeTabPorts({ mentorOffer, viewer: { isMentor: true } });
  renderWithPorts(<MentorOfferScreen />, ports);
  return mentorOffer;
}

function input(testId: string): HTMLInputElement {
  const el = screen.getByTestId(testId);
  return (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' ? el : el.querySelector('input, textarea')) as HTMLInputElement;
}

describe('MentorOfferScreen', () => {
  it('shows the saved offer and Outlook working hours, read-only', async () => {
    renderScreen({});
    expect(await screen.findByRole('checkbox', { name: 'Finance' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Presentations' })).not.toBeChecked();
    expect(await screen.findByText('Monday to Friday, 09:00–17:00 (Europe/Berlin)')).toBeInTheDocument();
    expect(screen.getByText(/change them in Outlook/)).toBeInTheDocument();
  });

  it('shows each validation error at its field and does not save', async () => {
    const save = jest.fn();
    renderScreen({ save });
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Finance' }));
    fireEvent.change(input('offer-capacityPerWeek'), { target: { value: '25' } });
    fireEvent.change(input('offer-capacityPerMonth'), { target: { value: '1' } });
    fireEvent.change(input('offer-bufferMinutes'), { target: { value: '90' } });
    fireEvent.click(screen.getByTestId('save-offer'));
    expect(save).not.toHaveBeenCalled();
    expect(within(screen.getByTestId('offer-topics')).getByTestId('field-error')).toHaveTextContent('Choose at least one topic');
    expect(screen.getByText(/Sessions per week: a whole number from 0 to 20/)).toBeInTheDocument();
    expect(screen.getByText(/Buffer between sessions: a whole number of minutes from 0 to 60/)).toBeInTheDocument();
    expect(input('offer-bufferMinutes')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('offer-invalid')).toBeInTheDocument();
  });

  it('a new topic saved against the version read says mentees can find the mentor by it', async () => {
    const save = jest.fn(async (_base: StoredOffer | undefined, next: MentorOffer): Promise<OfferSaveResult> => ({ kind: 'saved', stored: { offer: next, version: 'v2' } }));
    renderScreen({ save });
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Negotiation' }));
    fireEvent.click(screen.getByTestId('save-offer'));
    expect(await screen.findByTestId('offer-saved')).toHaveTextContent('Mentees can now find you by Finance, Negotiation.');
    expect(save).toHaveBeenCalledWith({ offer: OFFER, version: 'v1' }, expect.objectContaining({ topics: ['Finance', 'Negotiation'] }));
  });

  it('a conflict with the program manager shows both values; keep mine saves over their version', async () => {
    const theirs: StoredOffer = { offer: { ...OFFER, capacityPerWeek: 1 }, version: 'v2' };
    const save = jest
      .fn<Promise<OfferSaveResult>, [StoredOffer | undefined, MentorOffer]>()
      .mockResolvedValueOnce({ kind: 'conflict', fields: ['capacityPerWeek'], theirs })
      .mockImplementationOnce(async (_b, next) => ({ kind: 'saved', stored: { offer: next, version: 'v3' } }));
    renderScreen({ save });
    await screen.findByTestId('offer-capacityPerWeek');
    fireEvent.change(input('offer-capacityPerWeek'), { target: { value: '4' } });
    fireEvent.click(screen.getByTestId('save-offer'));
    const conflict = await screen.findByTestId('offer-conflict');
    expect(within(conflict).getByText('Sessions per week')).toBeInTheDocument();
    expect(within(conflict).getByText('Yours: 4')).toBeInTheDocument();
    expect(within(conflict).getByText('Theirs: 1')).toBeInTheDocument();
    fireEvent.click(within(conflict).getByRole('button', { name: 'Keep mine' }));
    expect(await screen.findByTestId('offer-saved')).toBeInTheDocument();
    expect(save).toHaveBeenLastCalledWith(theirs, expect.objectContaining({ capacityPerWeek: 4 }));
  });

  it('take theirs puts the program manager’s values in the form', async () => {
    const theirs: StoredOffer = { offer: { ...OFFER, topics: ['Presentations'] }, version: 'v2' };
    renderScreen({ save: async () => ({ kind: 'conflict', fields: ['topics'], theirs }) });
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Negotiation' }));
    fireEvent.click(screen.getByTestId('save-offer'));
    fireEvent.click(within(await screen.findByTestId('offer-conflict')).getByRole('button', { name: 'Take theirs' }));
    expect(screen.queryByTestId('offer-conflict')).not.toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Presentations' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Negotiation' })).not.toBeChecked();
  });

  it('a record edited by hand into a bad state names the column, with Try again', async () => {
    const read = jest.fn().mockRejectedValueOnce({ code: 'invalid', message: 'Your entry in the Mentors list cannot be used.', field: 'CapacityPerWeek' });
    read.mockResolvedValueOnce({ offer: OFFER, version: 'v1' });
    renderScreen({ read });
    expect(await screen.findByTestId('error-state')).toHaveTextContent('CapacityPerWeek');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('checkbox', { name: 'Finance' })).toBeChecked();
  });

  it('says why working hours could not be read, with what to do, and reads them again on Try again', async () => {
    let calls = 0;
    renderScreen({
      workingHours: async () => {
        calls++;
        if (calls === 1) throw { code: 'forbidden', message: 'Micromentor may not read your mailbox settings.' };
        return { days: ['monday'], start: '09:00', end: '17:00', zone: 'Europe/Berlin' };
      },
    });
    const hours = await screen.findByTestId('offer-working-hours');
    const failure = await within(hours).findByTestId('error-state');
    expect(failure).toHaveAttribute('data-code', 'forbidden');
    expect(failure).toHaveTextContent('Permission missing');
    fireEvent.click(within(failure).getByRole('button', { name: 'Try again' }));
    expect(await within(hours).findByText(/Monday/)).toBeInTheDocument();
    expect(within(hours).queryByTestId('error-state')).toBeNull();
    expect(calls).toBe(2);
  });
});
