import { initialSetupFlow, setupFlow, type SetupEvent, type SetupFlow } from './program-setup-flow';

const run = (events: SetupEvent<string>[]): SetupFlow<string> => events.reduce(setupFlow, initialSetupFlow<string>());

describe('the set-up screen', () => {
  it('goes from checking to ready, then shows each list as set-up takes it', () => {
    const state = run([
      { type: 'checked', view: 'empty' },
      { type: 'start', lists: ['Mentors', 'Sessions'] },
      { type: 'step', list: 'Mentors', state: 'working' },
      { type: 'step', list: 'Mentors', state: 'done' },
      { type: 'step', list: 'Sessions', state: 'working' },
    ]);
    expect(state.phase).toBe('setting-up');
    expect(state.steps).toEqual([
      { list: 'Mentors', state: 'done' },
      { list: 'Sessions', state: 'working' },
    ]);
  });

  it('ignores a second press while setting up, and keeps the steps when it fails', () => {
    const state = run([
      { type: 'checked', view: 'empty' },
      { type: 'start', lists: ['Mentors'] },
      { type: 'step', list: 'Mentors', state: 'working' },
      { type: 'start', lists: ['Mentors'] },
      { type: 'step', list: 'Mentors', state: 'failed', message: 'busy' },
      { type: 'failed', failure: { kind: 'other', message: 'busy' } },
    ]);
    expect(state).toMatchObject({ phase: 'failed', steps: [{ list: 'Mentors', state: 'failed', message: 'busy' }], failure: { kind: 'other' } });
  });

  it('ends with the site as it is afterwards', () => {
    expect(run([{ type: 'checked', view: 'empty' }, { type: 'start', lists: [] }, { type: 'finished', view: 'current' }])).toMatchObject({ phase: 'done', view: 'current' });
  });
});
