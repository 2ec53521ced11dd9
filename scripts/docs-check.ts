/**
 * Checks the size of the generated API reference: `npm run docs` runs typedoc, then this script.
 *
 * A page over {@link MAX_PAGE_BYTES} means a type is being inlined again instead of linked (the
 * `assessAccount` page once weighed 1.5 MB, most of it the whole `Account` type spelled out; see
 * scripts/typedoc-plugin.mjs). The script prints the largest pages and exits with 1, naming every
 * page over the bar and its size, or when there is no reference to check.
 *
 * Usage: `tsx scripts/docs-check.ts [dir]` (default `docs/api`).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The largest page size allowed, in bytes (300 kB). */
export const MAX_PAGE_BYTES = 300_000;

/** One generated page and its size in bytes. */
export interface Page {
  readonly file: string;
  readonly bytes: number;
}

/** Every `.html` file under `dir`, largest first. */
export function htmlPages(dir: string): Page[] {
  const walk = (d: string): Page[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => {
    const p = join(d, e.name);
    if (e.isDirectory()) return walk(p);
    return e.name.endsWith('.html') ? [{ file: p, bytes: statSync(p).size }] : [];
  });
  return walk(dir).sort((a, b) => b.bytes - a.bytes || a.file.localeCompare(b.file));
}

/** The pages over `max` bytes. */
export function oversized(pages: readonly Page[], max = MAX_PAGE_BYTES): Page[] {
  return pages.filter((p) => p.bytes > max);
}

/** A size in kB with one decimal. */
export const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

if (process.argv[1]?.endsWith('docs-check.ts') === true) {
  const dir = process.argv[2] ?? 'docs/api';
  let pages: Page[];
  try {
    pages = htmlPages(dir);
  } catch {
    pages = [];
  }
  if (pages.length === 0) {
    process.stderr.write(`docs-check: no HTML pages under ${dir}; run typedoc first.\n`);
    process.exit(1);
  }
  const largest = pages.slice(0, 5).map((p) => `  ${kB(p.bytes).padStart(9)}  ${relative(dir, p.file)}`).join('\n');
  process.stdout.write(`docs-check: ${String(pages.length)} pages in ${dir}, at most ${kB(MAX_PAGE_BYTES)} each. Largest:\n${largest}\n`);
  const over = oversized(pages);
  if (over.length > 0) {
    for (const p of over) process.stderr.write(`docs-check: ${p.file} is ${kB(p.bytes)} (${String(p.bytes)} bytes), over ${kB(MAX_PAGE_BYTES)}: a type is probably inlined instead of linked.\n`);
    process.exit(1);
  }
}
