// Paths shared by the Playwright config and the scripts that start and run the tests (plain Node runs
// this file as it is: Node 24 strips the types).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Debian's Chromium: used where present (machines that cannot download browsers), else Playwright's own. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** The test app's process id for a port, so a later run can stop an app an interrupted run left behind. */
export const appPidFile = (port: number | string): string => path.join(repoRoot, '.data', `e2e-${port}.pid`);
