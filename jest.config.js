// Three suites: unit (beside the code, plus test/ integration and contract tests), architecture
// (import rules), browser (test/e2e, real Chromium against the built workbench).
const swc = [
  '@swc/jest',
  {
    jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' },
    module: { type: 'commonjs' },
  },
];

const common = {
  transform: { '^.+\\.[mc]?[jt]sx?$': swc },
  // teams-js, strip-bom and uuid under @microsoft/app-manifest, and the d3 modules under
  // @fluentui/react-charts ship ESM that Jest on Node 20
  // cannot require(); transform them too. The pattern looks at the innermost node_modules folder.
  transformIgnorePatterns: ['/node_modules/(?!(@microsoft/teams-js|@microsoft/microsoft-graph-client|strip-bom|uuid|d3-[a-z-]+|internmap|delaunator|robust-predicates)/)(?!.*/node_modules/)'],
  setupFiles: ['<rootDir>/test/setup-env.js'],
  testEnvironment: 'node',
};

module.exports = {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{src,emulator,workbench,scripts}/**/*.test.{ts,tsx}', '<rootDir>/test/{integration,contract,unit}/**/*.test.{ts,tsx}'],
      setupFilesAfterEnv: ['<rootDir>/test/setup-after-env.js'],
    },
    { ...common, displayName: 'architecture', testMatch: ['<rootDir>/test/architecture.test.ts'] },
    { ...common, displayName: 'browser', testMatch: ['<rootDir>/test/e2e/**/*.test.ts'] },
  ],
};
