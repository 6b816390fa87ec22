import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

/** Builds the scale harness page (bench/harness) into a temporary folder; returns it. */
export async function buildHarness(repo: string): Promise<string> {
  const outDir = join(mkdtempSync(join(tmpdir(), 'statewise-bench-harness-')), 'dist');
  await build({
    root: resolve(repo, 'bench/harness'),
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    resolve: { alias: { '@': resolve(repo, 'src') } },
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}
