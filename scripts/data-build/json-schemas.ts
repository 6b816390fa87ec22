import * as z from 'zod/mini';
import * as evaluationFileModule from '@/domain/contract/evaluation-file-schema';
import * as evaluationModule from '@/domain/contract/evaluation-schema';
import * as factSetModule from '@/domain/contract/fact-set-schema';
import * as frameworkModule from '@/domain/contract/framework-schema';
import * as gradeHistoryModule from '@/domain/contract/grade-history-schema';
import * as sharedModule from '@/domain/contract/shared-schema';
import * as summaryModule from '@/domain/contract/summary-schema';
import { formatJson } from '../lib/json-file';

/**
 * JSON Schema copies of the zod schemas, for people who produce data files without TypeScript.
 * Committed in data/schema/; a unit test checks they match the zod schemas.
 */

interface SchemaExport {
  file: string;
  schema: z.ZodMiniType;
  title: string;
  description: string;
}

const EXPORTS: readonly SchemaExport[] = [
  {
    file: 'evaluation.schema.json',
    schema: evaluationFileModule.evaluationSchema,
    title: 'Statewise state evaluation',
    description:
      'One state’s evaluation for one edition: data/evaluations/<year>/<CODE>.json. `npm run data` ' +
      'also checks what this schema cannot express: every goal of the framework exactly once, state ' +
      'and year matching the file path, synthetic only in data/demo, typed facts only on the goal ' +
      'whose `facts` in the framework name their kind, recommendation ids on their goal, footnote ' +
      'numbers unique in the file, and one cell per column in every table row.',
  },
  {
    file: 'fact-set.schema.json',
    schema: factSetModule.factSetSchema,
    title: 'Statewise fact set',
    description:
      'Facts on one question for every jurisdiction, from a source outside the framework, with its ' +
      'own source and as-of: data/facts/<id>.json. Not an evaluation: it never sets a goal’s ' +
      'status. `npm run data` also checks that `id` matches the file name, that each state is ' +
      'known and appears once, and that the goal it informs exists (a fact kind on a goal of a ' +
      'framework, or the named goal of the named framework).',
  },
  {
    file: 'framework.schema.json',
    schema: frameworkModule.frameworkSchema,
    title: 'Statewise framework',
    description:
      'A policy framework: data/frameworks/<id>.json. Goal ids are unique and numbered within ' +
      'their issue area, and each kind of typed fact is on one goal at most (checked by ' +
      '`npm run data`).',
  },
  {
    file: 'edition-summary.schema.json',
    schema: summaryModule.editionSummarySchema,
    title: 'Statewise edition summary',
    description:
      'Derived by `npm run data`: one dataset’s edition in compact form (statuses, scores, facts). ' +
      'Every `statuses` string has one character per goal and every `issueScores` one entry per ' +
      'issue area.',
  },
  {
    file: 'grade-history.schema.json',
    schema: gradeHistoryModule.gradeHistorySchema,
    title: 'Statewise grade history',
    description:
      'Derived by `npm run data` from the published-grades tables in data/reference/: every ' +
      'published grade and score of a state and year, across the publisher’s frameworks, with its ' +
      'confidence, whether it is inferred, its evidence and sources. `npm run data` also checks: ' +
      'years one by one, frameworks oldest first without overlapping editions, known states, one ' +
      'entry per state and year, a grade or a score in each, every year an edition of its ' +
      'framework, no score above its edition’s maximum (with extra credit) and no issue-area ' +
      'score for an area the framework does not have or above its points.',
  },
  {
    file: 'manifest.schema.json',
    schema: summaryModule.manifestSchema,
    title: 'Statewise data manifest',
    description:
      'Derived by `npm run data`: the frameworks, datasets and editions the app can load.',
  },
];

/**
 * Shared parts become named `$defs` (`source`, `statute`, `block`...) rather than `__schema12`:
 * every exported `fooSchema` of the schema modules is named `foo`. Descriptions still come from
 * the global registry, where `z.describe()` puts them.
 */
class NamedRegistry extends z.core.$ZodRegistry<z.core.GlobalMeta> {
  private readonly names = new Map<unknown, string>();

  constructor(modules: readonly Record<string, unknown>[]) {
    super();
    for (const module of modules) {
      for (const [name, value] of Object.entries(module)) {
        if (!name.endsWith('Schema') || !(value instanceof z.ZodMiniType)) continue;
        if (EXPORTS.some((e) => e.schema === value)) continue; // roots are the documents
        this.names.set(value, name.slice(0, -'Schema'.length));
      }
    }
  }

  override get<S extends z.core.$ZodType>(schema: S) {
    const meta = z.globalRegistry.get(schema);
    const id = this.names.get(schema);
    return id === undefined ? meta : { ...meta, id };
  }
}

// JSON Schema's `format: "uri"` accepts any scheme; keep the web-only rule of webUrlSchema.
function protocolPattern(ctx: { zodSchema: unknown; jsonSchema: Record<string, unknown> }): void {
  const def = (ctx.zodSchema as { _zod?: { def?: { format?: unknown; protocol?: unknown } } })._zod
    ?.def;
  if (def?.format === 'url' && def.protocol instanceof RegExp) {
    const scheme = def.protocol.source.replace(/^\^/, '').replace(/\$$/, '');
    ctx.jsonSchema.pattern = `^(?:${scheme}):`;
  }
}

/** File name → formatted JSON Schema text, in a fixed order (deterministic bytes). */
export function jsonSchemaFiles(): { file: string; content: string }[] {
  return EXPORTS.map(({ file, schema, title, description }) => {
    // Refinements have no JSON Schema form and are left out (the description names them); a
    // transform would throw here, which is what we want: the exported schema must not lie.
    const generated = z.toJSONSchema(schema, {
      io: 'input',
      metadata: new NamedRegistry([
        sharedModule,
        evaluationModule,
        evaluationFileModule,
        factSetModule,
        frameworkModule,
        gradeHistoryModule,
        summaryModule,
      ]),
      override: protocolPattern,
    }) as Record<string, unknown>;
    const { $schema, ...rest } = generated;
    const document = {
      $schema,
      $id: `urn:statewise:schema:v${evaluationModule.SCHEMA_VERSION}:${file.replace(/\.schema\.json$/, '')}`,
      title,
      description,
      ...rest,
    };
    return { file, content: formatJson(document) };
  });
}
