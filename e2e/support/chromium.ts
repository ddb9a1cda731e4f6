// The browser of the e2e tests, also the one the Lighthouse bench drives (bench/src/lighthouse.ts), so
// both run the same Chromium the same way. Plain Node runs this file as it is: Node 24 strips the types.
import { existsSync } from 'node:fs';
import { SYSTEM_CHROMIUM } from './paths.ts';

/** Debian's Chromium where it exists (this machine and CI: no browser downloads), else undefined. */
export const systemChromium: string | undefined = existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;

/** Its flags: no sandbox under root (Chromium refuses to start there otherwise), no GPU, no background traffic. */
export const CHROMIUM_ARGS: string[] = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
