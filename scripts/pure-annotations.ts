/**
 * Build plugin: marks every call and `new` in a module-scope `const` initializer as
 * `/* @__PURE__ *\/`, so that bundlers can drop schemas, constants and default policies that an
 * application does not use (TOOLCHAIN.md P5: a module-scope `z.object(...)` otherwise keeps all
 * of zod and every schema in the bundle of a user who imports one function).
 *
 * Safe because src/ has no module-scope side effects by rule: a module-scope constant whose
 * value is unused can always be removed. Calls inside function bodies are never annotated.
 */
import { readFile } from 'node:fs/promises';
import ts from 'typescript';
import type { Plugin } from 'esbuild';

export function annotatePure(source: string, fileName: string): string {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const positions = new Set<number>();
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) positions.add(node.getStart(sf));
    ts.forEachChild(node, visit);
  };
  for (const statement of sf.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (declaration.initializer !== undefined) visit(declaration.initializer);
    }
  }
  let out = source;
  for (const pos of [...positions].sort((a, b) => b - a)) out = `${out.slice(0, pos)}/* @__PURE__ */ ${out.slice(pos)}`;
  return out;
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
