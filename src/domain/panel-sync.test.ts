import { isDone } from './checklists';
import {
  displayedSession,
  initialPanelSync,
  reducePanelSync,
  shouldSave,
  syncStatus,
  type PanelSyncEvent,
  type PanelSyncState,
  type SyncedRecord,
} from './panel-sync';
import { newSession, type Session } from './session';
import { applySessionEdits, type SessionEdit } from './session-edits';

const MENTEE = 'mentee-1';
const MENTOR = 'mentor-1';
const AT = Date.UTC(2026, 2, 2, 10);

const base: Session = {
  ...newSession({
    key: 'k',
    menteeId: MENTEE,
    mentorId: MENTOR,
    topic: 'Budgets',
    goal: 'A first budget',
    context: '',
    success: 'A template',
    format: 'one-time',
    timeBoxMinutes: 45,
    start: AT,
    end: AT + 45 * 60_000,
  }),
  status: 'scheduled',
};

const tickEdit = (itemId: string, by = MENTEE): SessionEdit => ({ type: 'checklist', itemId, done: true, by, at: AT });
const record = (session: Session, version: string): SyncedRecord => ({ session, version });
const run = (state: PanelSyncState, ...events: PanelSyncEvent[]) => events.reduce(reducePanelSync, state);

describe('panel sync', () => {
  const start = initialPanelSync(record(base, 'v1'));

  it('shows an edit at once, saves it as one batch and is synced with the saved version', () => {
    const edited = run(start, { type: 'edit', edits: [tickEdit('mentee-question')], userId: MENTEE });
    expect(isDone(displayedSession(edited, MENTEE).checklists, 'mentee-question')).toBe(true);
    expect(syncStatus(edited)).toBe('saving');
    expect(shouldSave(edited, AT)).toBe(true);

    const saving = run(edited, { type: 'save-started' }, { type: 'edit', edits: [tickEdit('mentee-notes')], userId: MENTEE });
    expect(saving.inFlight).toHaveLength(1);
    expect(saving.queue).toHaveLength(1);
    // One batch at a time: the second waits for the first.
    expect(shouldSave(saving, AT)).toBe(false);

    const saved = applySessionEdits(base, saving.inFlight, MENTEE).session;
    const after = run(saving, { type: 'save-succeeded', record: record(saved, 'v2') });
    expect(after.record.version).toBe('v2');
    expect(shouldSave(after, AT)).toBe(true);
    expect(isDone(displayedSession(after, MENTEE).checklists, 'mentee-notes')).toBe(true);

    const done = run(after, { type: 'save-started' }, { type: 'save-succeeded', record: record(applySessionEdits(saved, after.queue, MENTEE).session, 'v3') });
    expect(syncStatus(done)).toBe('synced');
    expect(done.record.version).toBe('v3');
  });

  it('refuses an edit the domain refuses, says why, and queues nothing', () => {
    const state = run(start, { type: 'edit', edits: [tickEdit('mentor-reviewed-goal')], userId: MENTEE });
    expect(state.queue).toEqual([]);
    expect(state.refused[0]?.message).toMatch(/Only the mentor/);
    expect(run(state, { type: 'dismiss-refusals' }).refused).toEqual([]);
  });

  it('keeps the queue while offline and saves it once a read works again', () => {
    const offline = run(
      start,
      { type: 'edit', edits: [tickEdit('mentee-question')], userId: MENTEE },
      { type: 'save-started' },
      { type: 'save-failed', error: { code: 'offline', message: 'No connection.' }, at: AT },
      { type: 'edit', edits: [tickEdit('mentee-notes')], userId: MENTEE },
    );
    expect(syncStatus(offline)).toBe('offline');
    expect(offline.queue.map((e) => (e.type === 'checklist' ? e.itemId : e.type))).toEqual(['mentee-question', 'mentee-notes']);
    expect(shouldSave(offline, AT)).toBe(false);
    expect(isDone(displayedSession(offline, MENTEE).checklists, 'mentee-question')).toBe(true);

    const back = run(offline, { type: 'read-succeeded', record: record(base, 'v1'), basis: offline.savesEnded });
    expect(syncStatus(back)).toBe('saving');
    expect(shouldSave(back, AT)).toBe(true);
  });

  it('goes offline when a poll fails for want of a connection, and ignores other poll failures', () => {
    expect(syncStatus(run(start, { type: 'read-failed', error: { code: 'offline', message: 'x' }, at: AT }))).toBe('offline');
    expect(run(start, { type: 'read-failed', error: { code: 'unavailable', message: 'x' }, at: AT })).toBe(start);
  });

  it('waits out a throttle before saving again', () => {
    const throttled = run(
      start,
      { type: 'edit', edits: [tickEdit('mentee-question')], userId: MENTEE },
      { type: 'save-started' },
      { type: 'save-failed', error: { code: 'throttled', message: 'Slow down.', retryAfterMs: 30_000 }, at: AT },
    );
    expect(syncStatus(throttled)).toBe('error');
    expect(throttled.problem).toMatchObject({ kind: 'throttled', until: AT + 30_000 });
    expect(shouldSave(throttled, AT + 10_000)).toBe(false);
    expect(shouldSave(throttled, AT + 30_000)).toBe(true);
  });

  it('keeps the queue after another failure until Retry', () => {
    const failed = run(
      start,
      { type: 'edit', edits: [tickEdit('mentee-question')], userId: MENTEE },
      { type: 'save-started' },
      { type: 'save-failed', error: { code: 'forbidden', message: 'No permission.' }, at: AT },
    );
    expect(syncStatus(failed)).toBe('error');
    expect(shouldSave(failed, AT + 60_000)).toBe(false);
    // A working poll does not hide a save's error.
    expect(syncStatus(run(failed, { type: 'read-succeeded', record: record(base, 'v1'), basis: failed.savesEnded }))).toBe('error');
    const retried = run(failed, { type: 'retry' });
    expect(shouldSave(retried, AT)).toBe(true);
  });

  it("adopts the other participant's changes and keeps pending edits on top", () => {
    const edited = run(start, { type: 'edit', edits: [tickEdit('mentee-question')], userId: MENTEE });
    const theirs = applySessionEdits(base, [tickEdit('mentor-reviewed-goal', MENTOR)], MENTOR).session;
    const read = run(edited, { type: 'read-succeeded', record: record(theirs, 'v2'), basis: edited.savesEnded });
    const shown = displayedSession(read, MENTEE).checklists;
    expect(isDone(shown, 'mentor-reviewed-goal')).toBe(true);
    expect(isDone(shown, 'mentee-question')).toBe(true);
  });

  it('drops a read begun before a save ended (it holds an older record)', () => {
    const saving = run(start, { type: 'edit', edits: [tickEdit('mentee-question')], userId: MENTEE }, { type: 'save-started' });
    const basis = saving.savesEnded;
    const saved = run(saving, { type: 'save-succeeded', record: record(applySessionEdits(base, saving.inFlight, MENTEE).session, 'v2') });
    expect(run(saved, { type: 'read-succeeded', record: record(base, 'v1'), basis })).toBe(saved);
  });

  it('changes nothing for a read of the same version', () => {
    expect(run(start, { type: 'read-succeeded', record: record(base, 'v1'), basis: 0 })).toBe(start);
  });
});
