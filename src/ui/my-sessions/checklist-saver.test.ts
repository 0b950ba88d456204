import { newSession } from '../../domain/session';
import type { StoredSessionView } from '../common/tab-ports';
import { checklistSaverReducer, initialChecklistSaver, shouldSave } from './checklist-saver';

const STORED: StoredSessionView = {
  session: { ...newSession({ key: 'k', menteeId: 'a', mentorId: 'b', topic: 't', goal: 'g', context: '', success: 's', format: 'one-time', timeBoxMinutes: 45, start: 0, end: 1 }), status: 'scheduled' },
  version: 'v1',
  otherName: 'B',
};

describe('checklistSaverReducer', () => {
  it('saves one at a time; a tick made while a save is out is kept and saved next', () => {
    let s = checklistSaverReducer(initialChecklistSaver(STORED), { type: 'toggle', itemId: 'mentee-question', done: true, by: 'a', at: 1 });
    expect(shouldSave(s)).toBe(true);
    s = checklistSaverReducer(s, { type: 'save-started' });
    s = checklistSaverReducer(s, { type: 'toggle', itemId: 'mentee-notes', done: true, by: 'a', at: 2 });
    expect(shouldSave(s)).toBe(false);
    // The store merged in the mentor's tick meanwhile.
    const mentorTick = { 'mentor-reviewed-goal': { done: true, by: 'b', at: 1 } };
    const saved: StoredSessionView = { ...STORED, version: 'v2', session: { ...STORED.session, checklists: { items: { ...s.sent!.items, ...mentorTick } } } };
    s = checklistSaverReducer(s, { type: 'saved', stored: saved });
    expect(Object.keys(s.local.items).sort()).toEqual(['mentee-notes', 'mentee-question', 'mentor-reviewed-goal']);
    expect(shouldSave(s)).toBe(true);
    expect(s.stored.version).toBe('v2');
  });

  it('a failure keeps the ticks and waits for Retry', () => {
    let s = checklistSaverReducer(initialChecklistSaver(STORED), { type: 'toggle', itemId: 'mentee-question', done: true, by: 'a', at: 1 });
    s = checklistSaverReducer(s, { type: 'save-started' });
    s = checklistSaverReducer(s, { type: 'failed', error: { code: 'offline', message: 'No connection.' } });
    expect(shouldSave(s)).toBe(false);
    expect(s.local.items['mentee-question']?.done).toBe(true);
    s = checklistSaverReducer(s, { type: 'retry' });
    expect(shouldSave(s)).toBe(true);
  });
});
