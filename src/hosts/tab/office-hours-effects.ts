// Office hours (Ask-an-Expert sign-up sheets) over Graph: the store decides who holds a slot
// (signup-store.ts), the booking saga books a held slot (booking-effects.ts, resumed from a session
// record made here with format 'office-hours'), and every read settles the sheet lazily: offers past
// their deadline lapse and freed slots go to the first waiting, each write with If-Match so two
// readers do it once. There is no background job.
import { bookingReducer, bookingStateFromSession, type BookingState } from '../../domain/booking-saga';
import { freeTimeOf } from '../../domain/free-slots';
import { subtract } from '../../domain/interval';
import { validateRequest } from '../../domain/precise-request';
import { renderSheetWithdrawnMail, renderSlotOfferMail } from '../../domain/render-office-hours-mail';
import { newSession } from '../../domain/session';
import { applyChange, dueChanges, holdsSlot, isLive, placesAhead, type SlotClaim } from '../../domain/signup-claims';
import { offerableSlots, validateSheet, type SignupSheet } from '../../domain/signup-sheet';
import type { TimeBoxMinutes } from '../../domain/time-box';
import type { ClaimRequest, ClaimResult, OfficeHoursPort, SheetMentor, SheetView } from '../../ui/common/office-hours-ports';
import type { BookingPort, MentorListing } from '../../ui/common/tab-ports';
import { getAvailability } from '../../graph/availability';
import { GatewayError } from '../../graph/gateway-error';
import { cancelMeeting, declineMeetingAt } from '../../graph/meeting-changes';
import { listMentors } from '../../graph/mentor-directory';
import { readMentorOffer } from '../../graph/mentor-offer-store';
import { sendMail } from '../../graph/send-mail';
import { createSession, findSessionByKey, saveSession } from '../../graph/sessions-store';
import {
  claimSlot,
  createSheet,
  listClaims,
  listClaimsOf,
  listSheets,
  readSheet,
  saveClaim,
  saveSheetStatus,
  type SignupLists,
  type Stored,
} from '../../graph/signup-store';
import { createBookingPort } from './booking-effects';
import type { TabDeps } from './tab-deps';

interface OfficeHoursDeps extends TabDeps {
  lists: SignupLists;
  /** The booking saga (the same effects the Find-an-expert flow books with). */
  booking: BookingPort;
}


/** The session of a claim: one per claim item, so a retry or a second tab finds the same one. */
export const sessionKeyOfClaim = (claimItemId: string) => `office-hours-${claimItemId}`;
/** The in-meeting time box: the smallest the timer knows; the slot (15–30 min) is the meeting's length. */
const OFFICE_HOURS_TIME_BOX: TimeBoxMinutes = 30;
/** Settling a sheet stops after this many writes in one read (each write is one lapse or one offer). */
const MAX_SETTLE_WRITES = 50;
const MAX_SAVE_ROUNDS = 4;

/** `names`: the program site's SignupSheets and SignupClaims lists (program-config.ts). */
export function createOfficeHoursPort(tab: TabDeps, names: Omit<SignupLists, 'siteId'>): OfficeHoursPort {
  const booking = createBookingPort({
    graph: tab.graph,
    site: tab.site,
    me: { id: tab.viewer.id, displayName: tab.viewer.displayName, email: tab.viewer.email },
    zone: tab.viewer.zone,
    locale: tab.viewer.locale,
    now: tab.now,
    wait: tab.wait,
    // A claimed slot is the mentor's offer itself: the saga is resumed after its record step, where capacity is checked.
    alternatives: async () => [],
  });
  const deps: OfficeHoursDeps = { ...tab, lists: { siteId: tab.site.siteId, ...names }, booking };
  const { graph, lists } = deps;

  async function view(sheetItemId: string): Promise<{ sheet: Stored<SignupSheet>; claims: Stored<SlotClaim>[] }> {
    const [sheet, claims] = await Promise.all([readSheet(graph, lists, sheetItemId), listClaims(graph, lists, sheetItemId)]);
    return { sheet, claims: await settle(deps, sheet.value, claims) };
  }
  const asView = (v: { sheet: Stored<SignupSheet>; claims: Stored<SlotClaim>[] }): SheetView => ({ sheet: v.sheet.value, claims: v.claims.map((c) => c.value) });

  async function book(sheet: SignupSheet, claim: Stored<SlotClaim>, progress?: (b: BookingState) => void): Promise<BookingState> {
    const c = claim.value;
    const slot = sheet.slots.find((s) => s.start === c.slotStart);
    if (!slot) throw new GatewayError('not-found', 'This slot is no longer on the sheet. Reload Office hours.');
    const key = sessionKeyOfClaim(c.itemId);
    const stored = await createSession(
      graph,
      deps.site,
      newSession({
        key,
        menteeId: c.menteeId,
        mentorId: sheet.mentorId,
        topic: sheet.topic,
        goal: c.goal,
        context: c.context,
        success: c.success,
        format: 'office-hours',
        timeBoxMinutes: OFFICE_HOURS_TIME_BOX,
        start: slot.start,
        end: slot.end,
      }),
      deps.wait,
    );
    let state = bookingStateFromSession(stored.session);
    progress?.(state);
    if (state.phase === 'booked') return state;
    const mentor = listingOf(sheet);
    const request = { goal: c.goal, context: c.context, success: c.success, topic: sheet.topic, timeBox: OFFICE_HOURS_TIME_BOX };
    await deps.booking.book({ request, mentor, start: slot.start, timeBoxMinutes: OFFICE_HOURS_TIME_BOX, sessionKey: key }, state, (event) => {
      state = bookingReducer(state, event);
      progress?.(state);
    });
    // Assigned in the callback, which the compiler does not follow.
    const final = state as BookingState;
    if (final.phase === 'booked' && c.sessionKey !== key) await saveClaim(graph, lists, claim, { ...c, sessionKey: key }).catch(() => undefined);
    return final;
  }

  async function bookResult(sheetItemId: string, sheet: SignupSheet, claim: Stored<SlotClaim>, progress?: (b: BookingState) => void): Promise<ClaimResult> {
    const booking = await book(sheet, claim, progress);
    const v = asView(await view(sheetItemId));
    return booking.phase === 'booked' ? { kind: 'booked', view: v, claim: claim.value, booking } : { kind: 'booking-failed', view: v, claim: claim.value, booking };
  }

  return {
    async openSheets() {
      const [sheets, mine] = await Promise.all([listSheets(graph, lists, { status: 'open' }), listClaimsOf(graph, lists, deps.viewer.id)]);
      await cancelClaimsOnWithdrawnSheets(deps, mine, sheets);
      const now = deps.now();
      const upcoming = sheets.filter((s) => s.value.slots.some((slot) => slot.start > now));
      const views = await Promise.all(
        upcoming.map(async (s) => ({ sheet: s.value, claims: (await settle(deps, s.value, await listClaims(graph, lists, s.value.itemId!))).map((c) => c.value) })),
      );
      return views.sort((a, b) => firstStart(a.sheet, now) - firstStart(b.sheet, now) || a.sheet.topic.localeCompare(b.sheet.topic));
    },

    async sheetsOf(mentorId) {
      const sheets = await listSheets(graph, lists, { mentorId });
      const views = await Promise.all(sheets.map(async (s) => ({ sheet: s.value, claims: (await settle(deps, s.value, await listClaims(graph, lists, s.value.itemId!))).map((c) => c.value) })));
      return views.sort((a, b) => (b.sheet.slots[0]?.start ?? 0) - (a.sheet.slots[0]?.start ?? 0));
    },

    async claim(sheetItemId, slotStart, request, progress) {
      const current = await view(sheetItemId);
      const sheet = current.sheet.value;
      const unavailable = (message: string): ClaimResult => ({ kind: 'unavailable', view: asView(current), message });
      if (sheet.status !== 'open') return unavailable(sheet.status === 'closed' ? 'The mentor has closed this sheet; it takes no new claims.' : 'The mentor has withdrawn this sheet.');
      const slot = sheet.slots.find((s) => s.start === slotStart);
      if (!slot) return unavailable('This slot is not on the sheet any more. Choose another.');
      if (slot.start <= deps.now()) return unavailable('This slot has started or passed. Choose a later one.');
      if (sheet.mentorId === deps.viewer.id) return unavailable('This is your own sheet; mentees claim its slots.');
      const checked = checkRequest(request, sheet.topic);
      const outcome = await claimSlot(
        graph,
        lists,
        {
          sheetItemId,
          slotStart,
          menteeId: deps.viewer.id,
          menteeName: deps.viewer.displayName,
          menteeEmail: deps.viewer.email,
          menteePlace: { zone: deps.viewer.zone, locale: deps.viewer.locale },
          ...checked,
          joinedAt: deps.now(),
        },
        deps.wait,
      );
      const claim = outcome.stored;
      const otherSlot = outcome.kind === 'already' && claim.value.slotStart !== slotStart;
      // Claimed now, or by this person's earlier attempt whose answer was lost: book (or resume booking) it.
      if (claim.value.state === 'claimed' && !otherSlot) return bookResult(sheetItemId, sheet, claim, progress);
      const after = await view(sheetItemId);
      const v = asView(after);
      const mine = after.claims.find((c) => c.value.itemId === claim.value.itemId)?.value ?? claim.value;
      if (otherSlot) return { kind: 'already', view: v, claim: mine };
      if (mine.state === 'waiting') return { kind: 'waiting', view: v, claim: mine, ahead: placesAhead(v.claims, mine) };
      return { kind: 'already', view: v, claim: mine };
    },

    async accept(sheetItemId, claimItemId, progress) {
      let current = await view(sheetItemId);
      for (let round = 0; round < MAX_SAVE_ROUNDS; round++) {
        const claim = ownClaim(current.claims, claimItemId, deps.viewer.id);
        const sheet = current.sheet.value;
        if (claim.value.state === 'claimed') return bookResult(sheetItemId, sheet, claim, progress);
        if (claim.value.state !== 'offered' || sheet.status !== 'open') {
          return { kind: 'unavailable', view: asView(current), message: sheet.status !== 'open' ? 'The mentor has closed or withdrawn this sheet.' : 'The offer has lapsed; the slot went to the next person waiting.' };
        }
        const saved = await saveClaim(graph, lists, claim, { ...claim.value, state: 'claimed', offerExpiresAt: undefined });
        if (saved.kind === 'saved') return bookResult(sheetItemId, sheet, saved.stored, progress);
        current = await view(sheetItemId);
      }
      throw new GatewayError('conflict', 'This claim keeps changing while you accept it. Reload Office hours and try again.');
    },

    async cancel(sheetItemId, claimItemId, comment) {
      let current = await view(sheetItemId);
      await cancelSessionOf(deps, ownClaim(current.claims, claimItemId, deps.viewer.id).value, comment);
      for (let round = 0; round < MAX_SAVE_ROUNDS; round++) {
        const claim = ownClaim(current.claims, claimItemId, deps.viewer.id);
        if (!isLive(claim.value)) return asView(current);
        const saved = await saveClaim(graph, lists, claim, { ...claim.value, state: 'cancelled', offerExpiresAt: undefined });
        // Re-read: the freed slot is offered to the first waiting as the sheet settles.
        if (saved.kind === 'saved') return asView(await view(sheetItemId));
        current = await view(sheetItemId);
      }
      throw new GatewayError('conflict', 'This claim keeps changing while you cancel it. Reload Office hours and try again.');
    },

    async postableMentors() {
      if (deps.viewer.isProgramManager) {
        const out: SheetMentor[] = [];
        let next: string | undefined;
        do {
          const page = await listMentors(graph, deps.mentors, { next });
          out.push(...page.mentors.filter((m) => m.active).map((m) => ({ id: m.userId, displayName: m.displayName, email: m.email, topics: m.topics })));
          next = page.next;
        } while (next);
        return out.sort((a, b) => a.displayName.localeCompare(b.displayName));
      }
      if (!deps.viewer.isMentor) return [];
      const own = await readMentorOffer(graph, deps.mentors, deps.viewer.id);
      return own ? [{ id: deps.viewer.id, displayName: deps.viewer.displayName, email: deps.viewer.email, topics: own.offer.topics }] : [];
    },

    async freeSlots(mentor, from, to, minutes) {
      const free = await mentorFreeTime(deps, mentor, from, to);
      return offerableSlots(free, minutes, deps.now());
    },

    async post(mentor, draft, key) {
      const starts = draft.slots.map((s) => s.start);
      const from = Math.min(...starts, deps.now());
      const to = Math.max(...draft.slots.map((s) => s.end), from + 1);
      const mentorFree = draft.slots.length ? await mentorFreeTime(deps, mentor, from, to) : [];
      const checked = validateSheet(draft, { now: deps.now(), mentorTopics: mentor.topics, mentorFree, place: { zone: deps.viewer.zone, locale: deps.viewer.locale } });
      if (!checked.ok) return { kind: 'invalid', errors: checked.errors };
      const stored = await createSheet(
        graph,
        lists,
        { key, mentorId: mentor.id, mentorName: mentor.displayName, mentorEmail: mentor.email, ...checked.sheet, status: 'open', postedBy: deps.viewer.id },
        deps.wait,
      );
      return { kind: 'posted', view: { sheet: stored.value, claims: [] } };
    },

    async close(sheetItemId) {
      return asView(await changeStatus(deps, sheetItemId, 'closed', view));
    },

    async withdraw(sheetItemId, comment) {
      const before = await view(sheetItemId);
      const changed = before.sheet.value.status !== 'withdrawn';
      const after = await changeStatus(deps, sheetItemId, 'withdrawn', view);
      // Only the call that withdrew the sheet tells the claimants (a retry finds it withdrawn and mails nobody twice).
      if (changed) await tellClaimants(deps, after.sheet.value, after.claims.map((c) => c.value), comment);
      // The mentor frees their time at once: each claimed meeting is declined in their own calendar
      // (the mentees organised them; each mentee's client cancels its meeting when next opened).
      if (deps.viewer.id === after.sheet.value.mentorId) await declineClaimedMeetings(deps, after.claims.map((c) => c.value), comment);
      return asView(after);
    },
  };
}

function firstStart(sheet: SignupSheet, now: number): number {
  return sheet.slots.find((s) => s.start > now)?.start ?? Number.POSITIVE_INFINITY;
}

/** The mentor as the booking saga needs them (the meeting's attendee). */
function listingOf(sheet: SignupSheet): MentorListing {
  return {
    id: sheet.mentorId,
    itemId: '',
    displayName: sheet.mentorName,
    email: sheet.mentorEmail,
    topics: [sheet.topic],
    bio: '',
    sessionLengths: [OFFICE_HOURS_TIME_BOX],
    bookedThisWeek: 0,
    bookedThisMonth: 0,
    bookedStarts: [],
    noticeMinutes: 0,
    bufferMinutes: 0,
  };
}

/** The request form's rules (one goal, what success looks like, https links only), with the sheet's topic. */
function checkRequest(request: ClaimRequest, topic: string): ClaimRequest {
  const checked = validateRequest({ ...request, topic, timeBox: OFFICE_HOURS_TIME_BOX });
  if (!checked.ok) {
    const first = checked.errors[0]!;
    throw new GatewayError('invalid', first.message, undefined, undefined, undefined, first.field);
  }
  return { goal: checked.request.goal, context: checked.request.context, success: checked.request.success };
}

function ownClaim(claims: Stored<SlotClaim>[], claimItemId: string, viewerId: string): Stored<SlotClaim> {
  const claim = claims.find((c) => c.value.itemId === claimItemId);
  if (!claim) throw new GatewayError('not-found', 'This claim is no longer on the sheet. Reload Office hours.');
  if (claim.value.menteeId !== viewerId) throw new GatewayError('forbidden', 'Only the person who claimed a slot can accept or cancel it.');
  return claim;
}

/**
 * Brings a sheet's claims up to date at `now`: lapses offers past their deadline, offers freed
 * slots to the first waiting and mails them. Each change is an If-Match write; a 412 or a refused
 * slot key means another reader got there first, so the claims are read again.
 */
async function settle(deps: OfficeHoursDeps, sheet: SignupSheet, claims: Stored<SlotClaim>[]): Promise<Stored<SlotClaim>[]> {
  if (sheet.status === 'withdrawn') return claims;
  let current = claims;
  for (let writes = 0; writes < MAX_SETTLE_WRITES; writes++) {
    const change = dueChanges(sheet.slots, current.map((c) => c.value), deps.now())[0];
    if (!change) break;
    const stored = current.find((c) => c.value.itemId === change.claim.itemId)!;
    const saved = await saveClaim(deps.graph, deps.lists, stored, applyChange(change));
    if (saved.kind === 'saved') {
      current = current.map((c) => (c.value.itemId === saved.stored.value.itemId ? saved.stored : c));
    } else {
      current = await listClaims(deps.graph, deps.lists, sheet.itemId!);
    }
  }
  return mailOffers(deps, sheet, current);
}

/**
 * Mails each offer not yet mailed. The writer whose If-Match write sets OfferMailed sends it, so
 * two readers never both send; a failed send clears the flag for the next reader to try again.
 */
async function mailOffers(deps: OfficeHoursDeps, sheet: SignupSheet, claims: Stored<SlotClaim>[]): Promise<Stored<SlotClaim>[]> {
  const out = [...claims];
  for (const [i, stored] of claims.entries()) {
    const c = stored.value;
    if (c.state !== 'offered' || c.offerMailed || c.offerExpiresAt === undefined) continue;
    const slot = sheet.slots.find((s) => s.start === c.slotStart);
    if (!slot) continue;
    const marked = await saveClaim(deps.graph, deps.lists, stored, { ...c, offerMailed: true });
    if (marked.kind !== 'saved') continue;
    out[i] = marked.stored;
    const mail = renderSlotOfferMail({ menteeName: c.menteeName, mentorName: sheet.mentorName, topic: sheet.topic, slot, deadline: c.offerExpiresAt, place: c.menteePlace });
    try {
      await sendMail(deps.graph, { to: { email: c.menteeEmail, name: c.menteeName }, ...mail }, 'offering the freed slot by mail');
    } catch {
      const cleared = await saveClaim(deps.graph, deps.lists, marked.stored, { ...marked.stored.value, offerMailed: false }).catch(() => undefined);
      if (cleared?.kind === 'saved') out[i] = cleared.stored;
    }
  }
  return out;
}

/** Cancels the claim's meeting (the mentee organised it) and marks its session cancelled; nothing when it never booked. */
async function cancelSessionOf(deps: OfficeHoursDeps, claim: SlotClaim, comment: string): Promise<void> {
  if (!holdsSlot(claim)) return;
  const session = await findSessionByKey(deps.graph, deps.site, sessionKeyOfClaim(claim.itemId));
  if (!session || session.session.status === 'cancelled') return;
  if (session.session.eventId) await cancelMeeting(deps.graph, session.session.eventId, comment);
  const saved = await saveSession(deps.graph, deps.site, session, { ...session.session, status: 'cancelled' });
  if (saved.kind === 'conflict') throw new GatewayError('conflict', 'The session changed while it was being cancelled. Reload Office hours and try again.');
}

/** Declines, in the mentor's calendar, the meetings of the claims that held a slot; says whose could not be declined. */
async function declineClaimedMeetings(deps: OfficeHoursDeps, claims: SlotClaim[], comment: string): Promise<void> {
  const failed: string[] = [];
  for (const claim of claims.filter(holdsSlot)) {
    try {
      const session = await findSessionByKey(deps.graph, deps.site, sessionKeyOfClaim(claim.itemId));
      const s = session?.session;
      if (s?.joinUrl) await declineMeetingAt(deps.graph, { joinUrl: s.joinUrl, start: s.start, end: s.end }, comment);
    } catch {
      failed.push(claim.menteeName || claim.menteeEmail);
    }
  }
  if (failed.length) throw new GatewayError('unavailable', `The sheet is withdrawn and the claimants are told, but your meetings with ${failed.join(', ')} could not be declined. Decline them in Outlook.`);
}

/**
 * The viewer's live claims on sheets the mentor withdrew: the viewer organised those meetings, so
 * their client cancels them (the mentor's mail has told them already) and closes the claims.
 */
async function cancelClaimsOnWithdrawnSheets(deps: OfficeHoursDeps, mine: Stored<SlotClaim>[], open: Stored<SignupSheet>[]): Promise<void> {
  const openIds = new Set(open.map((s) => s.value.itemId));
  const elsewhere = mine.filter((c) => isLive(c.value) && !openIds.has(c.value.sheetItemId));
  for (const claim of elsewhere) {
    const sheet = await readSheet(deps.graph, deps.lists, claim.value.sheetItemId).catch(() => undefined);
    if (sheet?.value.status !== 'withdrawn') continue;
    await cancelSessionOf(deps, claim.value, 'The mentor withdrew these office hours.');
    await saveClaim(deps.graph, deps.lists, claim, { ...claim.value, state: 'cancelled', offerExpiresAt: undefined });
  }
}

async function changeStatus(
  deps: OfficeHoursDeps,
  sheetItemId: string,
  status: SignupSheet['status'],
  view: (id: string) => Promise<{ sheet: Stored<SignupSheet>; claims: Stored<SlotClaim>[] }>,
): Promise<{ sheet: Stored<SignupSheet>; claims: Stored<SlotClaim>[] }> {
  for (let round = 0; round < MAX_SAVE_ROUNDS; round++) {
    const current = await view(sheetItemId);
    const sheet = current.sheet.value;
    if (sheet.mentorId !== deps.viewer.id && !deps.viewer.isProgramManager) throw new GatewayError('forbidden', 'Only the mentor or a program manager can change this sheet.');
    if (sheet.status === 'withdrawn' && status === 'closed') return current;
    const saved = await saveSheetStatus(deps.graph, deps.lists, current.sheet, status);
    if (saved) return { sheet: saved, claims: current.claims };
  }
  throw new GatewayError('conflict', 'This sheet keeps changing. Reload Office hours and try again.');
}

/** Mails everyone holding a slot that the sheet is withdrawn; says who could not be told. */
async function tellClaimants(deps: OfficeHoursDeps, sheet: SignupSheet, claims: SlotClaim[], comment: string): Promise<void> {
  const failed: string[] = [];
  for (const c of claims.filter(holdsSlot)) {
    const slot = sheet.slots.find((s) => s.start === c.slotStart);
    if (!slot) continue;
    const mail = renderSheetWithdrawnMail({ menteeName: c.menteeName, mentorName: sheet.mentorName, topic: sheet.topic, slot, comment, place: c.menteePlace });
    try {
      await sendMail(deps.graph, { to: { email: c.menteeEmail, name: c.menteeName }, ...mail }, 'telling claimants the sheet is withdrawn');
    } catch {
      failed.push(c.menteeName || c.menteeEmail);
    }
  }
  if (failed.length) throw new GatewayError('unavailable', `The sheet is withdrawn, but ${failed.join(', ')} could not be mailed. Tell them in Teams.`);
}

/** The mentor's free time from Outlook, less the slots of their open sheets (offered already). */
async function mentorFreeTime(deps: OfficeHoursDeps, mentor: SheetMentor, from: number, to: number) {
  const [calendars, sheets] = await Promise.all([
    getAvailability(deps.graph, { emails: [mentor.email.toLowerCase()], start: from, end: to, intervalMinutes: 15 }, deps.wait),
    listSheets(deps.graph, deps.lists, { mentorId: mentor.id }),
  ]);
  const reading = calendars.get(mentor.email.toLowerCase());
  if (!reading || reading.problem || !reading.workingHours) {
    throw new GatewayError('unavailable', `${mentor.displayName}'s calendar could not be read from Outlook${reading?.problem ? ` (${reading.problem})` : ''}, so free times cannot be offered. Try again in a moment.`);
  }
  const offered = sheets.filter((s) => s.value.status === 'open').flatMap((s) => s.value.slots);
  return subtract(freeTimeOf({ workingHours: reading.workingHours, busy: reading.busy }, from, to), offered);
}

