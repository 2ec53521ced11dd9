import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');

const KEYWORD = /^(?:(?:if|for|while|const|let|var|return|throw|import|export|type|interface|try|catch)\b|[})\]])/;

/**
 * Turns example code into a module: `b2b-relationships[/module]` imports point at the sources,
 * and each `expression; //=> value` line becomes an assertion (see example-check.ts).
 */
export function instrument(code: string, fromDir: string): string {
  const src = relative(fromDir, join(root, 'src')).replace(/\\/g, '/');
  const lines = code
    .replace(/from 'b2b-relationships'/g, `from '${src}/index.js'`)
    .replace(/from 'b2b-relationships\/([a-z-]+)'/g, `from '${src}/$1/index.js'`)
    .split('\n')
    .map((line) => {
      const m = /^(\s*)(.+?);\s*\/\/=>\s*(.+)$/.exec(line);
      if (m === null || KEYWORD.test(m[2]!.trim())) return line;
      return `${m[1]}__check(${m[2]}, ${m[3]}, ${JSON.stringify(m[3])});`;
    });
  return `import { __check } from '${relative(fromDir, join(root, 'test', 'example-check.js')).replace(/\\/g, '/')}';\n${lines.join('\n')}\n`;
}

