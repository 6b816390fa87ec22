import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sizeOf, sumSizes } from './sizes';
import type { Size } from './sizes';

const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head><meta charset="UTF-8" /><title>Hello</title></head>
  <body><div id="root"></div><script type="module" src="/main.tsx"></script></body>
</html>
`;

const MAIN_TSX = `import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<h1>Hello</h1>);
`;

/**
 * Builds a bare Vite + React 19 "hello world" with this repo's vite and @vitejs/plugin-react
 * (react resolved from this repo's node_modules) and returns the size of its JS.
 */
export function buildFloor(repo: string): { js: Size; files: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'statewise-bench-floor-'));
  try {
    const nm = resolve(repo, 'node_modules');
    const pluginUrl = pathToFileURL(
      createRequire(join(repo, 'package.json')).resolve('@vitejs/plugin-react'),
    ).href;
    writeFileSync(join(dir, 'index.html'), INDEX_HTML);
    writeFileSync(join(dir, 'main.tsx'), MAIN_TSX);
    writeFileSync(
      join(dir, 'vite.config.mjs'),
      `import react from ${JSON.stringify(pluginUrl)};
export default {
  root: ${JSON.stringify(dir)},
  logLevel: 'warn',
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^react-dom(\\/.*)?$/, replacement: ${JSON.stringify(resolve(nm, 'react-dom'))} + '$1' },
      { find: /^react(\\/.*)?$/, replacement: ${JSON.stringify(resolve(nm, 'react'))} + '$1' },
    ],
  },
  build: { outDir: 'dist', emptyOutDir: true },
};
`,
    );
    execFileSync('npx', ['vite', 'build', dir, '--config', join(dir, 'vite.config.mjs')], {
      cwd: repo,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const assets = join(dir, 'dist', 'assets');
    const files = readdirSync(assets).filter((f) => f.endsWith('.js'));
    if (files.length === 0) throw new Error('the floor build produced no JS');
    return { js: sumSizes(files.map((f) => sizeOf(readFileSync(join(assets, f))))), files };
  } finally {
    if (!process.env.BENCH_KEEP_FLOOR) rmSync(dir, { recursive: true, force: true });
  }
}
