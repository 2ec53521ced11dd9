/**
 * Build plugin: marks every call in a module-scope `const` initializer `/* @__PURE__ *\/`, or,
 * where the initializer also reads a property or spreads, wraps it whole in a pure-annotated
 * arrow call, `/* @__PURE__ *\/ (() => (initializer))()`, so that bundlers drop
 * schemas, constants and default policies that an application does not use (CONTRIBUTING.md,
 * "Toolchain notes": a module-scope `z.object(...)` otherwise keeps all of zod and every schema in
 * the bundle of a user who imports one function).
 *
 * Annotating each call is not enough: a bundler keeps a pure call whose arguments might have side
 * effects, and it counts a property read (`FAMILY.labels`) or a spread (`[...IDS, 'unknown']`) as
 * one. Wrapping such an initializer leaves no argument to evaluate.
 *
 * Safe because src/ has no module-scope side effects by rule: a module-scope constant whose
 * value is unused can always be removed. Function bodies are never touched.
 */
import { readFile } from 'node:fs/promises';
import ts from 'typescript';
import type { Plugin } from 'esbuild';

export function annotatePure(source: string, fileName: string): string {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: { pos: number; text: string }[] = [];
  for (const statement of sf.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const init = declaration.initializer;
      if (init === undefined || isInert(init)) continue;
      if (hasEffectfulArgument(init)) {
        edits.push({ pos: init.getStart(sf), text: '/* @__PURE__ */ (() => (' }, { pos: init.getEnd(), text: '))()' });
      } else {
        const visit = (node: ts.Node): void => {
          if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
          if (ts.isCallExpression(node) || ts.isNewExpression(node)) edits.push({ pos: node.getStart(sf), text: '/* @__PURE__ */ ' });
          ts.forEachChild(node, visit);
        };
        visit(init);
      }
    }
  }
  let out = source;
  const seen = new Set<string>();
  for (const { pos, text } of edits.sort((a, b) => b.pos - a.pos)) {
    const key = `${String(pos)}:${text}`;
    if (seen.has(key)) continue; // a call chain starts where its innermost call starts
    seen.add(key);
    out = `${out.slice(0, pos)}${text}${out.slice(pos)}`;
  }
  return out;
}

/**
 * Whether evaluating `node` (outside function bodies) could have a side effect that a bundler
 * must keep even when every call is marked pure: a spread, or a property read that is not the
 * callee of a call (`FAMILY.labels`, unlike `z.object(...)`).
 */
function hasEffectfulArgument(node: ts.Node): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found || ts.isFunctionLike(n) || ts.isClassLike(n)) return;
    if (ts.isSpreadElement(n) || ts.isSpreadAssignment(n)) found = true;
    else if ((ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n)) && !(ts.isCallExpression(n.parent) && n.parent.expression === n)) found = true;
    ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
}

/** Initializers that a bundler can drop as they are: literals, identifiers and functions. */
function isInert(node: ts.Expression): boolean {
  return ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isStringLiteral(node) || ts.isNumericLiteral(node)
    || ts.isNoSubstitutionTemplateLiteral(node) || ts.isIdentifier(node) || node.kind === ts.SyntaxKind.TrueKeyword
    || node.kind === ts.SyntaxKind.FalseKeyword || node.kind === ts.SyntaxKind.NullKeyword;
}

export function pureAnnotations(): Plugin {
  return {
    name: 'pure-annotations',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => ({
        contents: annotatePure(await readFile(args.path, 'utf8'), args.path),
        loader: 'ts',
      }));
    },
  };
}
