// Headless Chromium (Debian's, through playwright-core) for looking at rendered briefings.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.SITREP_CHROMIUM ?? '/usr/bin/chromium';
export const noChromium: string | false = existsSync(CHROMIUM)
  ? false
  : `no Chromium at ${CHROMIUM}: run scripts/setup-chromium.sh (apt-get install chromium) or set SITREP_CHROMIUM`;

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface Shot { png: Buffer; scrollWidth: number; clientWidth: number; texts: string[] }

/** Renders the HTML offline (every request other than the page itself is blocked) at a width. */
export async function screenshot(browser: Browser, htmlText: string, width: number, path?: string): Promise<Shot> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  try {
    await page.route('**/*', (r) => r.abort());
    await page.setContent(htmlText, { waitUntil: 'load' });
    const png = await page.screenshot({ fullPage: true, path });
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
    const texts = await page.$$eval('h2', (hs) => hs.map((h) => h.textContent ?? ''));
    return { png, scrollWidth, clientWidth, texts };
  } finally {
    await page.close();
  }
}
