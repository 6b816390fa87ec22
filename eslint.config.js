// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import checkFile from 'eslint-plugin-check-file';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Zones are resolved against this file's folder, so the rules hold whatever the working directory.
const root = import.meta.dirname;

/** The folders directly under `dir` (a path from the repository root). */
const foldersIn = (dir) =>
  existsSync(join(root, dir))
    ? readdirSync(join(root, dir), { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
    : [];

// src/domain's folders: the shared ones any view model may use, and one folder per view model.
const SHARED_DOMAIN = ['contract', 'format', 'url', 'export', 'facts'];
const viewModelFolders = foldersIn('src/domain').filter((name) => !SHARED_DOMAIN.includes(name));

// Packages bound to React: named after it (react, react-dom, @tanstack/react-query, ...) or
// needing it as a peer (zustand, recharts, ...). src/domain is plain TypeScript that runs in Node.
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const NAMED_AFTER_REACT = /(^|[/@-])react([/-]|$)/;
const reactBound = Object.keys({
  ...packageJson.dependencies,
  ...packageJson.devDependencies,
}).filter((name) => {
  if (NAMED_AFTER_REACT.test(name)) return true;
  const manifest = join(root, 'node_modules', name, 'package.json');
  if (!existsSync(manifest)) return false;
  const peers = JSON.parse(readFileSync(manifest, 'utf8')).peerDependencies ?? {};
  return 'react' in peers;
});
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Any import of those packages (or of a subpath); never the project's own `./` or `@/` modules.
const reactBoundImport = `^(?!\\.|@/)((${reactBound.map(escapeRegExp).join('|')})(/.*)?|(.*[/@-])?react([/-].*)?)$`;

// Layers import one way: domain <- api/components <- features <- app (docs/architecture.md).
const layerZones = [
  {
    target: './src/domain',
    from: ['./src/api', './src/components', './src/features', './src/app'],
  },
  { target: './src/api', from: ['./src/components', './src/features', './src/app'] },
  { target: './src/components', from: ['./src/api', './src/features', './src/app'] },
  { target: './src/features', from: ['./src/app'] },
  // Source code never reaches into tests, scripts, mocks or the benchmark's pages.
  { target: './src', from: ['./tests', './scripts', './mocks', './bench'] },
  // Features never import each other: each may import only itself; src/app composes them.
  ...foldersIn('src/features').map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message: 'Features never import each other; compose them in src/app.',
  })),
  // View models never import each other, only themselves and the shared domain folders.
  ...viewModelFolders.map((name) => ({
    target: `./src/domain/${name}`,
    from: './src/domain',
    except: [`./${name}`, ...SHARED_DOMAIN.map((shared) => `./${shared}`)],
    message: `View models never import each other; move what both need into one of src/domain/{${SHARED_DOMAIN.join(',')}}.`,
  })),
  // Scripts run in Node on data: the project they may use is src/domain and scripts/ itself.
  {
    target: './scripts',
    from: './',
    except: ['./scripts', './src/domain', './node_modules'],
    message: 'Scripts may import only src/domain, scripts/ and packages.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'public/data', 'node_modules', 'bench/out'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks, 'check-file': checkFile },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: join(root, 'tsconfig.json') }),
      ],
      // Without it, import-x reads only .js modules and no-cycle never sees a TypeScript cycle.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones: layerZones, basePath: root }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-useless-path-segments': 'error',
      'import-x/no-default-export': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // No barrel files; text from data may be hostile, so it is always rendered as text.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ExportAllDeclaration',
          message: 'No barrel files: import from the module that defines the name.',
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never inject HTML: render text from data as text.',
        },
      ],
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { 'src/**/': 'KEBAB_CASE' }],
    },
  },
  {
    // The domain is plain TypeScript: no React, no JSX, no state or query libraries.
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: reactBoundImport,
              message: 'src/domain never imports React or a React-bound package.',
            },
          ],
        },
      ],
      'check-file/filename-blocklist': [
        'error',
        { 'src/domain/**/*.tsx': '*.ts' },
        {
          errorMessage:
            'src/domain holds no JSX: "{{ target }}" belongs in components or features.',
        },
      ],
    },
  },
  {
    // Config files are loaded by tools that expect a default export.
    files: ['*.config.{ts,js}', 'eslint.config.js'],
    rules: { 'import-x/no-default-export': 'off' },
  },
  prettier,
);
