import { existsSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Browser, chromium } from 'playwright-core'

/** Debian's Chromium, which the browser tests drive; `CHROMIUM_PATH` names another. */
export const CHROMIUM_PATH: string = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Whether a Chromium is there; without it the browser suites skip, or fail when required. */
export const chromiumAvailable: boolean = existsSync(CHROMIUM_PATH)

if (!chromiumAvailable) {
  const missing = `no Chromium at ${CHROMIUM_PATH}`
  if (process.env.REQUIRE_BROWSER === '1') {
    throw new Error(`${missing}, and REQUIRE_BROWSER=1 makes that a failure`)
  }
  // One warning a run, however many files skip.
  try {
    writeFileSync(join(tmpdir(), `integrity-ledger-browser-skip-${process.ppid}`), '', {
      flag: 'wx',
    })
    console.warn(
      `${missing}: skipping the browser tests (apt-get install -y chromium); set REQUIRE_BROWSER=1 to make this a failure`,
    )
  } catch {}
}

/** A headless Chromium with the flags a sandboxed CI machine needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}
