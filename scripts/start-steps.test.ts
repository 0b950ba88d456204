import { reasonToBuild, startSummary, stillBuilding } from './start-steps';

describe('npm start: build only when something changed', () => {
  const stamp = { builtMs: 1000, env: { MICROMENTOR_CLIENT_ID: 'abc' } };
  const inputs = [
    { path: 'src/hosts/tab/main.tsx', modifiedMs: 900 },
    { path: 'webpack.config.js', modifiedMs: 10 },
  ];

  it('builds when there is no build yet', () => {
    expect(reasonToBuild(undefined, inputs, {})).toBe('no build yet');
  });

  it('skips a build that is newer than every source and made with the same settings', () => {
    expect(reasonToBuild(stamp, inputs, { MICROMENTOR_CLIENT_ID: 'abc' })).toBeUndefined();
  });

  it('names the file that changed after the build', () => {
    expect(reasonToBuild(stamp, [...inputs, { path: 'src/ui/app-shell.tsx', modifiedMs: 1001 }], { MICROMENTOR_CLIENT_ID: 'abc' })).toBe('src/ui/app-shell.tsx changed');
  });

  it('builds again for another tenant setting, set or unset', () => {
    expect(reasonToBuild(stamp, inputs, { MICROMENTOR_CLIENT_ID: 'xyz' })).toBe('MICROMENTOR_CLIENT_ID changed');
    expect(reasonToBuild(stamp, inputs, {})).toBe('MICROMENTOR_CLIENT_ID changed');
    expect(reasonToBuild(stamp, inputs, { MICROMENTOR_CLIENT_ID: 'abc', MICROMENTOR_TENANT_ID: 't' })).toBe('MICROMENTOR_TENANT_ID changed');
  });
});

describe('npm start: what it says', () => {
  it('shows the wait while building and where the time went at the end', () => {
    expect(stillBuilding(15_400)).toBe('  … still building (15 s)');
    expect(startSummary({ build: 31_240, emulator: 512, total: 35_010 })).toBe('Ready in 35.0 s (build 31.2 s, demo store 0.5 s).');
    expect(startSummary({ emulator: 80, total: 3_200 })).toBe('Ready in 3.2 s (no build needed, demo store 0.1 s).');
  });
});
