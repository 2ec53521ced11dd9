/**
 * Writes docs/concepts.md, the concept catalogue page, from `CONCEPTS` in src/core/concepts.ts.
 * `npm run docs:concepts` regenerates it; test/docs.test.ts fails when the page is stale.
 */
import { writeFileSync } from 'node:fs';
import { CONCEPTS, CONCEPT_IDS, type Concept } from '../src/core/index.js';

const EVIDENCE = {
  read: 'stated in a public source that was read (often only its abstract or opening pages)',
  unverified: 'from textbook synthesis or secondary summaries, not checked against the original; rules built on it are policy defaults you can override',
  suggested: 'the library\'s own operationalisation, not a claim of the literature',
} as const;

/** Renders the catalogue as markdown, grouped by module in catalogue order. */
export function conceptsMarkdown(): string {
  const lines = [
    '---',
    'title: "Concept catalogue"',
    '---',
    '',
    '# Concept catalogue',
    '',
    'Every reason the library returns names one of these concepts in its `concept` field, so any',
    'inference can be traced to its source. The same data is exported as `CONCEPTS` from',
    '`b2b-relationships/core`. This page is generated from it (`npm run docs:concepts`).',
    '',
    'Evidence grades:',
    '',
    ...Object.entries(EVIDENCE).map(([grade, text]) => `- \`${grade}\`: ${text}.`),
    '',
  ];
  const modules = [...new Set(CONCEPT_IDS.map((id) => CONCEPTS[id].module))];
  const counts = Object.fromEntries(Object.keys(EVIDENCE).map((g) => [g, CONCEPT_IDS.filter((id) => CONCEPTS[id].evidence === g).length]));
  lines.push(`${String(CONCEPT_IDS.length)} concepts: ${Object.entries(counts).map(([g, n]) => `${String(n)} \`${g}\``).join(', ')}.`, '');
  for (const m of modules) {
    lines.push(`## Module \`${m}\``, '');
    for (const id of CONCEPT_IDS.filter((c) => CONCEPTS[c].module === m)) {
      const c: Concept = CONCEPTS[id];
      lines.push(`### ${c.title}`, '', `Id \`${id}\` · evidence \`${c.evidence}\``, '', c.summary, '', 'Sources:', '');
      for (const s of c.sources) lines.push(`- ${s.authors} (${s.year === null ? 'n.d.' : String(s.year)}). ${s.work}.`);
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

if (process.argv[1]?.endsWith('concepts-doc.ts') === true) {
  writeFileSync('docs/concepts.md', conceptsMarkdown());
  process.stdout.write('Wrote docs/concepts.md\n');
}
