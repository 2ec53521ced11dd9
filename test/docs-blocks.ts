/**
 * The ```ts blocks of the README and the guides: extraction, and a type check with the compiler
 * options of tsconfig.json (strict, exactOptionalPropertyTypes, noUncheckedIndexedAccess, …).
 *
 * All blocks go into one program, so the sources and zod's types are checked once: each block is
 * a virtual module that sits next to its markdown file (`docs/getting-started.md.L120.ts`, never
 * written to disk), and `b2b-relationships[/module]` resolves to `src/` through `paths`.
 *
 * A block whose fence reads ```ts compile-fail is meant not to compile: it passes only when the
 * compiler reports an error in it, and when the fence names codes (```ts compile-fail TS2322)
 * only when each named code is among the errors. Such blocks never run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

export interface GuideBlock {
  /** The markdown file, relative to the repository root (`docs/getting-started.md`). */
  readonly file: string;
  /** 1-based line of the opening fence in that file. */
  readonly line: number;
  /** The code between the fences. */
  readonly code: string;
  /** The fence says `compile-fail`: the block must not compile. */
  readonly compileFail: boolean;
  /** Error codes the fence names after `compile-fail` (`TS2322` → 2322). */
  readonly expectedCodes: readonly number[];
  /** Problems with the fence itself (an unknown word in its info string). */
  readonly fenceProblems: readonly string[];
}

export interface BlockDiagnostic {
  /** `file:line:column` in the markdown file. */
  readonly where: string;
  readonly code: number;
  readonly message: string;
}

const FENCE = /^```ts([^\S\n][^\n]*)?\n([\s\S]*?)^```[^\S\n]*$/gm;

/** Every ```ts block of `text` (the contents of `file`, a path relative to the root). */
export function extractBlocks(file: string, text: string): GuideBlock[] {
  return [...text.matchAll(FENCE)].map((m) => {
    const words = (m[1] ?? '').trim().split(/\s+/).filter((w) => w !== '');
    const compileFail = words[0] === 'compile-fail';
    const rest = compileFail ? words.slice(1) : words;
    const expectedCodes = rest.filter((w) => /^TS\d+$/.test(w)).map((w) => Number(w.slice(2)));
    const fenceProblems = rest
      .filter((w) => !(compileFail && /^TS\d+$/.test(w)))
      .map((w) => `unknown word "${w}" after \`\`\`ts (only "compile-fail", optionally followed by codes such as TS2322)`);
    return { file, line: text.slice(0, m.index).split('\n').length, code: m[2] ?? '', compileFail, expectedCodes, fenceProblems };
  });
}

/** The blocks of README.md and of every docs/*.md. */
export function guideBlocks(root: string, docs: readonly string[]): GuideBlock[] {
  return ['README.md', ...docs.map((f) => join('docs', f))].flatMap((file) =>
    extractBlocks(file.replace(/\\/g, '/'), readFileSync(join(root, file), 'utf8')));
}

/** Whether a block asserts results (`expression; //=> value`) and so also runs. */
export function runs(block: GuideBlock): boolean {
  return !block.compileFail && block.code.includes('//=>');
}

/** The compiler options of tsconfig.json, with `b2b-relationships[/module]` mapped to `src/`. */
export function guideCompilerOptions(root: string): ts.CompilerOptions {
  const configPath = join(root, 'tsconfig.json');
  const read = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  if (read.error !== undefined) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, root, undefined, configPath);
  if (parsed.errors.length > 0) throw new Error(parsed.errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('\n'));
  const src = join(root, 'src').replace(/\\/g, '/');
  return {
    ...parsed.options,
    noEmit: true,
    paths: { 'b2b-relationships': [`${src}/index.ts`], 'b2b-relationships/*': [`${src}/*/index.ts`] },
  };
}

export interface CheckResult {
  /** Errors that belong to no block (options, global types). */
  readonly global: readonly string[];
  /** The errors of each block, in the order of `blocks`. */
  readonly blocks: readonly (readonly BlockDiagnostic[])[];
}

/** Type-checks every block in one program with {@link guideCompilerOptions}. */
export function typecheckBlocks(root: string, blocks: readonly GuideBlock[]): CheckResult {
  const options = guideCompilerOptions(root);
  const virtual = new Map<string, string>();
  const names = blocks.map((b) => {
    const name = `${join(root, b.file).replace(/\\/g, '/')}.L${String(b.line)}.ts`;
    // `export {}` keeps every block a module of its own; it comes last, so lines are unchanged.
    virtual.set(name, `${b.code}\nexport {};\n`);
    return name;
  });
  const host = ts.createCompilerHost(options, true);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const text = virtual.get(fileName);
    return text === undefined
      ? getSourceFile(fileName, languageVersion, onError, shouldCreate)
      : ts.createSourceFile(fileName, text, languageVersion, true);
  };
  host.fileExists = (fileName) => virtual.has(fileName) || fileExists(fileName);
  host.readFile = (fileName) => virtual.get(fileName) ?? readFile(fileName);

  const program = ts.createProgram({ rootNames: names, options, host });
  const global = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()]
    .map((d) => `TS${String(d.code)} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
  return {
    global,
    blocks: blocks.map((b, i) => {
      const sf = program.getSourceFile(names[i]!);
      if (sf === undefined) return [{ where: `${b.file}:${String(b.line)}`, code: 0, message: 'the block was not part of the program' }];
      return [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)].map((d) => {
        const { line, character } = sf.getLineAndCharacterOfPosition(d.start ?? 0);
        return {
          where: `${b.file}:${String(b.line + 1 + line)}:${String(character + 1)}`,
          code: d.code,
          message: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
        };
      });
    }),
  };
}

/** What is wrong with a block given its errors: empty when it is as its fence says. */
export function blockProblems(block: GuideBlock, diagnostics: readonly BlockDiagnostic[]): string[] {
  const listed = diagnostics.map((d) => `${d.where} TS${String(d.code)}: ${d.message}`);
  const fence = block.fenceProblems.map((p) => `${block.file}:${String(block.line)} ${p}`);
  if (!block.compileFail) return [...fence, ...listed];
  if (diagnostics.length === 0) {
    return [...fence, `${block.file}:${String(block.line)} is fenced \`\`\`ts compile-fail but compiles without error`];
  }
  const missing = block.expectedCodes.filter((c) => !diagnostics.some((d) => d.code === c));
  return [
    ...fence,
    ...missing.map((c) => `${block.file}:${String(block.line)} is fenced to fail with TS${String(c)}, but the errors are:\n  ${listed.join('\n  ')}`),
  ];
}
