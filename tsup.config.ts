import { defineConfig } from 'tsup';
import { pureAnnotations } from './scripts/pure-annotations.js';

/** One entry per module plus the root; keep in step with package.json "exports". */
export const MODULES = [
  'core', 'uncertainty', 'buying-strategy', 'continuum', 'continuity', 'loyalty', 'portfolio', 'growth',
  'reacquisition', 'development', 'post-sales', 'engagement', 'network', 'account', 'evidence', 'calibration', 'messages',
] as const;

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    ...Object.fromEntries(MODULES.map((m) => [`${m}/index`, `src/${m}/index.ts`])),
  },
  format: ['esm', 'cjs'],
  // TS 6 rejects as deprecated the baseUrl that tsup injects for dts (CONTRIBUTING.md, "Toolchain notes").
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  splitting: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  treeshake: true,
  external: ['zod'],
  esbuildPlugins: [pureAnnotations()],
});
