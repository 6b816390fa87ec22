import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/*
 * The layer rules of eslint.config.js, run through ESLint's own API on probe files placed in the
 * real tree (nothing is written: the code is linted as if it lived at that path). Each rule fails
 * on a violating import and passes on an allowed one. Imported modules are picked from the folders
 * as they are today, so a renamed file does not break the test, and every rule that reports on an
 * import is only satisfied when the import resolved.
 */

const REPO = resolve(import.meta.dirname, '../../..');
// The first lint loads the config, the plugins and the TypeScript resolver: slow on a busy machine.
const SLOW = { timeout: 60_000 };
const SHARED_DOMAIN = ['contract', 'format', 'url', 'export', 'facts'];

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: REPO });
});

/** The rules each message of `code`, linted as the file at `filePath`, comes from. */
async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(REPO, filePath) });
  if (!result) throw new Error(`no lint result for ${filePath}`);
  return result.messages.map((m) => m.ruleId ?? `(fatal) ${m.message}`);
}

/** A module that exists in `folder` (a path from the repository root), without its extension. */
function moduleIn(folder: string): string {
  const file = readdirSync(join(REPO, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name))
    .sort()[0];
  if (!file) throw new Error(`no module in ${folder}`);
  return join(folder, file.replace(/\.tsx?$/, ''));
}

/** How `probe` imports `target` (both from the repository root): `@/` for src, else relative. */
function specifier(probe: string, target: string): string {
  if (target.startsWith('src/')) return `@/${target.slice('src/'.length)}`;
  const path = relative(dirname(probe), target);
  return path.startsWith('.') ? path : `./${path}`;
}

/** A file that only imports `spec` (as a namespace, so no name needs to exist) and uses it. */
const importing = (spec: string) => `import * as mod from '${spec}';\nexport const used = mod;\n`;

const foldersIn = (dir: string) =>
  readdirSync(join(REPO, dir), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();

const RESTRICTED = 'import-x/no-restricted-paths';

describe('src/domain never imports React', () => {
  const probe = 'src/domain/heatmap/lint-probe.ts';

  it.each([
    'react',
    'react-dom',
    'react-dom/client',
    'react/jsx-runtime',
    '@tanstack/react-query',
    'zustand',
    'zustand/middleware',
    'recharts',
  ])('fails on an import of %s', SLOW, async (spec) => {
    expect(await ruleIds(importing(spec), probe)).toContain('no-restricted-imports');
  });

  it('fails on a type-only import from react', SLOW, async () => {
    const code = "import type { ReactNode } from 'react';\nexport type Label = ReactNode;\n";
    expect(await ruleIds(code, probe)).toContain('no-restricted-imports');
  });

  it('fails on any .tsx file in src/domain', SLOW, async () => {
    expect(await ruleIds('export const x = 1;\n', 'src/domain/heatmap/lint-probe.tsx')).toContain(
      'check-file/filename-blocklist',
    );
  });

  it('passes plain TypeScript packages and the shared domain folders', SLOW, async () => {
    expect(await ruleIds(importing('zod/mini'), probe)).toEqual([]);
    expect(
      await ruleIds(importing(specifier(probe, moduleIn('src/domain/contract'))), probe),
    ).toEqual([]);
  });

  it('leaves React to the layers above the domain', SLOW, async () => {
    expect(await ruleIds(importing('react'), 'src/components/lint-probe.ts')).toEqual([]);
    expect(await ruleIds('export const x = 1;\n', 'src/components/lint-probe.tsx')).toEqual([]);
  });
});

describe('scripts import only src/domain and scripts/', () => {
  const probe = 'scripts/bench/lint-probe.ts';

  it.each([
    ...foldersIn('src')
      .filter((name) => name !== 'domain')
      .map((name) => `src/${name}`),
    'tests/component',
    'mocks',
    'bench/harness',
  ])('fails on an import from %s', SLOW, async (folder) => {
    const target = moduleIn(folder);
    expect(await ruleIds(importing(specifier(probe, target)), probe)).toContain(RESTRICTED);
    // Also by a relative path, which resolves to the same file.
    const path = relative(dirname(probe), target);
    expect(await ruleIds(importing(path), probe)).toContain(RESTRICTED);
  });

  it('fails on a project file outside the folders, such as a config file', SLOW, async () => {
    expect(existsSync(join(REPO, 'vite.config.ts'))).toBe(true);
    expect(await ruleIds(importing('../../vite.config'), probe)).toContain(RESTRICTED);
  });

  it('passes src/domain, scripts/ itself, Node built-ins and packages', SLOW, async () => {
    for (const spec of [
      specifier(probe, moduleIn('src/domain/contract')),
      specifier(probe, moduleIn('src/domain/heatmap')),
      specifier(probe, moduleIn('scripts/lib')),
      specifier(probe, moduleIn('scripts/bench')),
      'node:fs',
      'vite',
    ]) {
      expect(await ruleIds(importing(spec), probe), spec).toEqual([]);
    }
  });
});

describe('view models of src/domain never import each other', () => {
  const viewModels = foldersIn('src/domain').filter((name) => !SHARED_DOMAIN.includes(name));

  it('covers every folder of src/domain that is not shared', () => {
    expect(viewModels).toEqual(
      expect.arrayContaining([
        'about',
        'compare',
        'goal',
        'heatmap',
        'overview',
        'scores',
        'state',
      ]),
    );
  });

  it.each(viewModels.map((name, i) => [name, viewModels[(i + 1) % viewModels.length]!]))(
    'fails when %s imports %s',
    SLOW,
    async (from, to) => {
      const probe = `src/domain/${from}/lint-probe.ts`;
      const spec = specifier(probe, moduleIn(`src/domain/${to}`));
      expect(await ruleIds(importing(spec), probe)).toContain(RESTRICTED);
      // Also by a relative path.
      const path = relative(dirname(probe), moduleIn(`src/domain/${to}`));
      expect(await ruleIds(importing(path), probe)).toContain(RESTRICTED);
    },
  );

  it.each(SHARED_DOMAIN)('passes a view model importing src/domain/%s', SLOW, async (shared) => {
    const probe = 'src/domain/compare/lint-probe.ts';
    const spec = specifier(probe, moduleIn(`src/domain/${shared}`));
    expect(await ruleIds(importing(spec), probe)).toEqual([]);
  });

  it('passes a view model importing its own folder', SLOW, async () => {
    const probe = 'src/domain/heatmap/lint-probe.ts';
    const own = moduleIn('src/domain/heatmap');
    expect(await ruleIds(importing(`./${own.split('/').at(-1)}`), probe)).toEqual([]);
  });
});

describe('the layers import one way', () => {
  it.each([
    ['src/domain/format', 'src/features/heatmap'],
    ['src/domain/format', 'src/components'],
    ['src/domain/format', 'src/api'],
    ['src/domain/format', 'src/app'],
    ['src/api', 'src/components'],
    ['src/api', 'src/features/heatmap'],
    ['src/components', 'src/api'],
    ['src/components', 'src/features/heatmap'],
    ['src/features/heatmap', 'src/app'],
    ['src/components', 'tests/component'],
    ['src/components', 'scripts/lib'],
    ['src/components', 'mocks'],
  ])('fails when %s imports %s', SLOW, async (from, to) => {
    const probe = `${from}/lint-probe.ts`;
    expect(await ruleIds(importing(specifier(probe, moduleIn(to))), probe)).toContain(RESTRICTED);
  });

  it.each([
    ['src/api', 'src/domain/contract'],
    ['src/components', 'src/domain/format'],
    ['src/features/heatmap', 'src/domain/heatmap'],
    ['src/features/heatmap', 'src/components'],
    ['src/features/heatmap', 'src/api'],
    ['src/app', 'src/features/heatmap'],
  ])('passes %s importing %s', SLOW, async (from, to) => {
    const probe = `${from}/lint-probe.ts`;
    expect(await ruleIds(importing(specifier(probe, moduleIn(to))), probe)).toEqual([]);
  });
});

describe('features never import each other', () => {
  const features = foldersIn('src/features');

  it.each(features.map((name, i) => [name, features[(i + 1) % features.length]!]))(
    'fails when %s imports %s',
    SLOW,
    async (from, to) => {
      const probe = `src/features/${from}/lint-probe.ts`;
      const spec = specifier(probe, moduleIn(`src/features/${to}`));
      expect(await ruleIds(importing(spec), probe)).toContain(RESTRICTED);
    },
  );

  it('passes a feature importing its own folder', SLOW, async () => {
    const probe = 'src/features/heatmap/lint-probe.ts';
    const spec = specifier(probe, moduleIn('src/features/heatmap'));
    expect(await ruleIds(importing(spec), probe)).toEqual([]);
  });
});

describe('module rules', () => {
  const probe = 'src/domain/format/lint-probe.ts';

  it('fails on a barrel file and passes a named re-export', SLOW, async () => {
    const own = `./${moduleIn('src/domain/format').split('/').at(-1)}`;
    expect(await ruleIds(`export * from '${own}';\n`, probe)).toContain('no-restricted-syntax');
    expect(await ruleIds(`export * as format from '${own}';\n`, probe)).toContain(
      'no-restricted-syntax',
    );
    expect(await ruleIds(`export const x = 1;\n`, probe)).toEqual([]);
  });

  it('fails on an import cycle', SLOW, async () => {
    // evaluation-file-schema imports shared-schema; make shared-schema import it back.
    const importer = 'src/domain/contract/evaluation-file-schema.ts';
    expect(readFileSync(join(REPO, importer), 'utf8')).toContain("from './shared-schema'");
    const code = readFileSync(join(REPO, 'src/domain/contract/shared-schema.ts'), 'utf8');
    const cyclic = `${importing('./evaluation-file-schema').replace('used', 'cycleProbe')}${code}`;
    expect(await ruleIds(cyclic, 'src/domain/contract/shared-schema.ts')).toContain(
      'import-x/no-cycle',
    );
    expect(await ruleIds(code, 'src/domain/contract/shared-schema.ts')).toEqual([]);
  });

  it('fails on a default export outside config files', SLOW, async () => {
    expect(await ruleIds('export default 1;\n', probe)).toContain('import-x/no-default-export');
  });

  it('fails on a file name that is not kebab-case', SLOW, async () => {
    expect(await ruleIds('export const x = 1;\n', 'src/domain/format/lintProbe.ts')).toContain(
      'check-file/filename-naming-convention',
    );
  });

  it('fails on injected HTML', SLOW, async () => {
    const code = "export const x = <div dangerouslySetInnerHTML={{ __html: '' }} />;\n";
    expect(await ruleIds(code, 'src/components/lint-probe.tsx')).toContain('no-restricted-syntax');
  });
});
