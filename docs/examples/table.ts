import type { DemoSection } from './demo-types.js';

/** Renders a section as a fixed-width text table with its notes underneath. */
export function renderSection(section: DemoSection): string {
  const lines = [`\n== ${section.title} ==`];
  const first = section.rows[0];
  if (first !== undefined) {
    const keys = Object.keys(first);
    const cell = (v: unknown): string => (typeof v === 'number' ? String(Number(v.toFixed(2))) : String(v));
    const widths = keys.map((k) => Math.max(k.length, ...section.rows.map((r) => cell(r[k]).length)));
    const line = (vals: string[]): string => vals.map((v, i) => v.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
    lines.push(line(keys), line(widths.map((w) => '-'.repeat(w))));
    for (const row of section.rows) lines.push(line(keys.map((k) => cell(row[k]))));
  }
  for (const note of section.notes ?? []) lines.push(`  - ${note}`);
  return lines.join('\n');
}
