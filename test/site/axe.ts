// axe-core in Chromium: every rule axe runs by default (WCAG 2.x A/AA and best practices), in the light
// and the dark colour scheme of the same loaded page.
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { ROOT } from './build.ts';

export const AXE_SCRIPT = join(ROOT, 'node_modules/axe-core/axe.min.js');
export const SCHEMES = ['light', 'dark'] as const;
export type Scheme = (typeof SCHEMES)[number];
/** axe rules whose result depends on colours. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

export interface AxeViolation {
  url: string;
  scheme: Scheme;
  rule: string;
  impact: string | null;
  help: string;
  targets: string[];
}

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
}

/** axe violations of a page in each colour scheme. Axe is injected as a script, so the context bypasses the page's CSP. */
export async function axeViolations(browser: Browser, origin: string, path: string, schemes: readonly Scheme[] = SCHEMES): Promise<AxeViolation[]> {
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  // Nothing but the site itself, even here.
  await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort('blockedbyclient')));
  const out: AxeViolation[] = [];
  try {
    const page = await context.newPage();
    await page.goto(origin + path, { waitUntil: 'load' });
    await page.addScriptTag({ path: AXE_SCRIPT });
    for (const [i, scheme] of schemes.entries()) {
      await page.emulateMedia({ colorScheme: scheme });
      // The first scheme gets every rule; the others only the rules that look at colour, since the
      // document's structure does not change with the scheme.
      const options = i === 0 ? { resultTypes: ['violations'] } : { resultTypes: ['violations'], runOnly: { type: 'rule', values: COLOUR_RULES } };
      const result = (await page.evaluate(
        (options) => (window as unknown as { axe: { run(ctx: Document, options: object): Promise<unknown> } }).axe.run(document, options),
        options,
      )) as AxeResult;
      for (const v of result.violations) {
        out.push({ url: path, scheme, rule: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.map(String).join(' ')) });
      }
    }
  } finally {
    await context.close();
  }
  return out;
}

export function describeViolations(violations: AxeViolation[], perRule = 5): string {
  return violations
    .map((v) => {
      const targets = v.targets.slice(0, perRule).join(' | ') + (v.targets.length > perRule ? ` | … ${v.targets.length - perRule} more` : '');
      return `  ${v.url} [${v.scheme}] ${v.rule} (${v.impact}): ${v.help} — ${targets}`;
    })
    .join('\n');
}
