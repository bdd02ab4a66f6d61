// Debian's Chromium, driven by playwright-core, kept off the network: the browser tests fail (never skip)
// when it is missing.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; CHROMIUM_PATH points elsewhere (another distribution, or a test of the missing case). */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Flags for every Chromium the tests start: no sandbox (root in a container), no GPU, no background traffic. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export function assertChromium(path = CHROMIUM): void {
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: run .ci/run or apt-get install -y chromium fonts-noto-cjk`);
  }
}

export async function launchChromium(): Promise<Browser> {
  assertChromium();
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
}

export interface Visit {
  url: string;
  status: number | null;
  /** Every request the page made, in order. */
  requests: string[];
  /** Requests to any host but the page's own (blocked before they leave). */
  outside: string[];
  consoleErrors: string[];
  cspViolations: string[];
  pageErrors: string[];
}

/**
 * Loads `url` in a fresh context that keeps the site's CSP and lets no request leave `origin`: each
 * request is recorded, and any to another host is recorded and aborted. Scrolls to the end so that lazy
 * images load too.
 */
export async function visit(browser: Browser, origin: string, path: string, options: { colorScheme?: 'light' | 'dark' } = {}): Promise<Visit> {
  const context = await browser.newContext({ colorScheme: options.colorScheme ?? 'light', serviceWorkers: 'block' });
  const result: Visit = { url: path, status: null, requests: [], outside: [], consoleErrors: [], cspViolations: [], pageErrors: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    result.requests.push(url);
    if (new URL(url).origin === origin || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    result.outside.push(url);
    return route.abort('blockedbyclient');
  });
  // securitypolicyviolation fires for every blocked load or inline script; init scripts run outside the CSP.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url;
    // The 404 page's own status is not an error of the page.
    if (where === origin + path && /status of 404/.test(message.text())) return;
    const text = where ? `${message.text()} (${where})` : message.text();
    if (text.startsWith('CSP violation:') || /Content Security Policy/i.test(text)) result.cspViolations.push(text);
    else result.consoleErrors.push(text);
  });
  page.on('pageerror', (error) => result.pageErrors.push(error.message));
  try {
    const response = await page.goto(origin + path, { waitUntil: 'load' });
    result.status = response?.status() ?? null;
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => {});
  } finally {
    await context.close();
  }
  return result;
}

/** What went wrong on a visit, one line each; empty when the page loaded cleanly. */
export function visitProblems(v: Visit, expectedStatus = 200): string[] {
  return [
    ...(v.status !== expectedStatus ? [`${v.url}: HTTP status ${v.status}, expected ${expectedStatus}`] : []),
    ...v.outside.map((u) => `${v.url}: request to another host ${u}`),
    ...v.cspViolations.map((t) => `${v.url}: ${t}`),
    ...v.consoleErrors.map((t) => `${v.url}: console error: ${t}`),
    ...v.pageErrors.map((t) => `${v.url}: uncaught error: ${t}`),
  ];
}

/**
 * One Chromium for a test file, started by the first test that asks for it. Each test awaits it itself,
 * so a missing Chromium fails every browser test with the fix in its message, rather than skipping them.
 */
export function sharedChromium(): { get(): Promise<Browser>; close(): Promise<void> } {
  let started: Promise<Browser> | undefined;
  return {
    get: () => (started ??= launchChromium()),
    close: async () => {
      const browser = await started?.catch(() => undefined);
      await browser?.close();
    },
  };
}
