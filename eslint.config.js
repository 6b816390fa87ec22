// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import checkFile from 'eslint-plugin-check-file';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { existsSync, readdirSync } from 'node:fs';

// Layers import one way: domain <- api/components <- features <- app (DESIGN.md).
const layerZones = [
  {
    target: './src/domain',
    from: ['./src/api', './src/components', './src/features', './src/app'],
  },
  { target: './src/api', from: ['./src/components', './src/features', './src/app'] },
  { target: './src/components', from: ['./src/api', './src/features', './src/app'] },
  { target: './src/features', from: ['./src/app'] },
  // Source code never reaches into tests, scripts or mocks.
  { target: './src', from: ['./tests', './scripts', './mocks'] },
  // Features never import each other: each may import only itself; src/app composes them.
  ...(existsSync('./src/features')
    ? readdirSync('./src/features', { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => ({
          target: `./src/features/${d.name}`,
          from: './src/features',
          except: [`./${d.name}`],
          message: 'Features never import each other; compose them in src/app.',
        }))
    : []),
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
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-useless-path-segments': 'error',
      'import-x/no-default-export': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Text from data is always rendered as text (issue: hostile input).
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
    // Config files are loaded by tools that expect a default export.
    files: ['*.config.{ts,js}', 'eslint.config.js'],
    rules: { 'import-x/no-default-export': 'off' },
  },
  prettier,
);
