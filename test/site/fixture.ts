// Small built-site fixtures on disk, for testing the gates' checkers on pages made to break them.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const CSP = `<meta http-equiv="content-security-policy" content="default-src 'self';img-src 'self' data:;object-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'">`;

/** A page as the site builds it: language, title, CSP, landmarks; `body` goes inside <main>. */
export function page(body: string, options: { head?: string; lang?: string; title?: string } = {}): string {
  return `<!doctype html><html lang="${options.lang ?? 'en'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${options.title ?? 'Fixture'}</title>${CSP}${options.head ?? ''}</head><body><main id="main"><h1>Fixture</h1>${body}</main></body></html>`;
}

/** Writes `files` (path relative to the site root -> contents) into a new temporary directory. */
export function makeSite(files: Record<string, string | Buffer>): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'site-fixture-'));
  for (const [file, contents] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), contents);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
