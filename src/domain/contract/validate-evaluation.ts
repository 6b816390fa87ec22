import { isStateCode } from '@/domain/format/jurisdictions';
import { evaluationSchema, type Evaluation, type Footnote } from './evaluation-file-schema';
import { factKindsOfGoal, goalOfFactKind, type FactKind } from './fact-kinds';
import { frameworkGoals, type Framework } from './framework-schema';
import { safeParseData, zodViolations, type Violation } from './schema-messages';

// Named here too: the data scripts read violations from this module.
export { formatPath, zodViolations, type Violation } from './schema-messages';

export type ValidationResult =
  { ok: true; value: Evaluation; violations: [] } | { ok: false; violations: Violation[] };

/**
 * Validates one evaluation against the schema and against its framework: every goal of the
 * framework exactly once (no unknown, missing or repeated goal), a known state code and edition,
 * typed facts only on the goal the framework names for their kind, recommendation ids on their goal, and each footnote number used
 * once in the file.
 */
export function validateEvaluation(
  input: unknown,
  framework: Framework,
  expected: { state?: string; year?: number; synthetic?: boolean } = {},
): ValidationResult {
  const parsed = safeParseData(evaluationSchema, input);
  if (!parsed.success) return { ok: false, violations: zodViolations(parsed.error) };
  const evaluation = parsed.data;
  const violations: Violation[] = [];
  const add = (path: string, message: string) => violations.push({ path, message });

  if (evaluation.framework !== framework.id) {
    add('framework', `unknown framework "${evaluation.framework}" (expected "${framework.id}")`);
  }
  if (!isStateCode(evaluation.state)) add('state', `unknown state code "${evaluation.state}"`);
  if (expected.state !== undefined && evaluation.state !== expected.state) {
    add('state', `state "${evaluation.state}" does not match the file name (${expected.state})`);
  }
  if (expected.year !== undefined && evaluation.year !== expected.year) {
    add('year', `year ${evaluation.year} does not match the folder (${expected.year})`);
  }
  if (!framework.editions.includes(evaluation.year)) {
    add('year', `${evaluation.year} is not an edition of ${framework.id}`);
  }
  if (expected.synthetic !== undefined && evaluation.synthetic !== expected.synthetic) {
    add(
      'synthetic',
      expected.synthetic
        ? 'the demo dataset holds only synthetic files (synthetic: true)'
        : 'the real dataset never holds synthetic files (synthetic: false)',
    );
  }

  const known = new Set(frameworkGoals(framework).map((g) => g.id));
  const seen = new Map<string, number>();
  evaluation.goals.forEach((goal, i) => {
    if (!known.has(goal.id)) add(`goals[${i}].id`, `unknown goal "${goal.id}"`);
    const first = seen.get(goal.id);
    if (first !== undefined)
      add(`goals[${i}].id`, `goal ${goal.id} appears twice (also goals[${first}])`);
    else seen.set(goal.id, i);

    goal.recommendations?.forEach((rec, r) => {
      if (!rec.id.startsWith(`${goal.id}.`)) {
        add(
          `goals[${i}].recommendations[${r}].id`,
          `recommendation ${rec.id} is not on goal ${goal.id}`,
        );
      }
    });
    const kinds = factKindsOfGoal(framework, goal.id);
    for (const key of ['facts', 'referenceFacts'] as const) {
      const facts = goal[key];
      if (!facts) continue;
      for (const fact of Object.keys(facts) as FactKind[]) {
        if (kinds.includes(fact)) continue;
        const owner = goalOfFactKind(framework, fact);
        add(
          `goals[${i}].${key}.${fact}`,
          owner === undefined
            ? `${fact} belongs to no goal of ${framework.id} (its goals' "facts" name none)`
            : `${fact} belongs to goal ${owner}, not ${goal.id}`,
        );
      }
    }
  });
  for (const id of known) {
    if (!seen.has(id)) add('goals', `goal ${id} is missing (write it as not-evaluated if unknown)`);
  }

  // Footnote numbers are unique across the whole file: each footnote sits on the part that cites it.
  const footnoteAt = new Map<number, string>();
  const noteFootnotes = (list: Footnote[] | undefined, path: string) =>
    list?.forEach((fn, k) => {
      const prev = footnoteAt.get(fn.n);
      if (prev) add(`${path}[${k}].n`, `footnote ${fn.n} appears twice (also ${prev})`);
      else footnoteAt.set(fn.n, `${path}[${k}]`);
    });
  noteFootnotes(evaluation.introduction?.footnotes, 'introduction.footnotes');
  evaluation.goals.forEach((goal, i) => noteFootnotes(goal.footnotes, `goals[${i}].footnotes`));
  evaluation.appendix?.forEach((section, s) =>
    section.entries.forEach((entry, e) =>
      noteFootnotes(entry.footnotes, `appendix[${s}].entries[${e}].footnotes`),
    ),
  );

  return violations.length === 0
    ? { ok: true, value: evaluation, violations: [] }
    : { ok: false, violations };
}
