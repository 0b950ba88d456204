// Browser tests drive Debian's Chromium; say how to get it instead of failing with a stack trace.
import { accessSync, constants } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

try {
  accessSync(CHROMIUM_PATH, constants.X_OK);
} catch {
  console.error(
    `The browser tests need Chromium at ${CHROMIUM_PATH}, and it is not there.\n` +
      'Install it with: apt-get update && apt-get install -y chromium\n' +
      '(or set CHROMIUM_PATH to a Chromium you have). Do not run "playwright install": it downloads a browser, which fails offline.',
  );
  process.exit(1);
}
