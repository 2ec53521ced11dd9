/**
 * Writes docs/reason-codes.md, the table of every reason code, from the modules' catalogues
 * (src/messages/catalogues.ts). `npm run docs:reasons` regenerates it; test/messages fails when the
 * page is stale.
 */
import { writeFileSync } from 'node:fs';
import { CATALOGUES } from '../src/messages/catalogues.js';
import type { ReasonEntry } from '../src/core/reason.js';

/** A table cell: pipes escaped, on one line. */
function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** Renders every module's catalogue as markdown tables. */
export function reasonCodesMarkdown(): string {
  const lines = [
    '---',
    'title: "Reason codes"',
    '---',
    '',
    '# Reason codes',
    '',
    'Every reason the library returns has a stable `code`, the `concept` that justifies it (see the',
    '[concept catalogue](concepts.md)), and `params`: the unrounded numbers and ids its message is',
    'rendered from. The message comes from a catalogue of templates: English by default, German with',
    '`de` from `b2b-relationships/messages`, or your own (`formatReason(reason, messages)`).',
    'This page is generated from the catalogues (`npm run docs:reasons`); each example is the English',
    'template rendered with the code\'s example params.',
    '',
  ];
  for (const [module, catalogue] of Object.entries(CATALOGUES)) {
    const entries = Object.values(catalogue as unknown as Readonly<Record<string, ReasonEntry>>);
    lines.push(`## Module \`${module}\``, '', `${String(entries.length)} codes.`, '', '| Code | Concept | Params | Example |', '|---|---|---|---|');
    for (const e of entries) {
      const params = Object.keys(e.example).map((k) => `\`${k}\``).join(', ');
      lines.push(`| \`${e.code}\` | \`${e.concept}\` | ${params === '' ? '–' : params} | ${cell(e.en(e.example))} |`);
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

if (process.argv[1]?.endsWith('reason-codes-doc.ts') === true) {
  writeFileSync('docs/reason-codes.md', reasonCodesMarkdown());
  process.stdout.write('Wrote docs/reason-codes.md\n');
}
