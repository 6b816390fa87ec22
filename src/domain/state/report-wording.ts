import type { Framework } from '@/domain/contract/framework-schema';
import { formatIsoDate } from '@/domain/format/dates';
import { formatScore } from '@/domain/format/numbers';
import { publisherName, publisherPossessive, publisherShortName } from '@/domain/format/publisher';

/**
 * The words a state report shares between the page (and its print) and the Markdown download:
 * its title, the at-a-glance labels, and the notes that say whose each part is. Written once, so
 * the two never tell a reader different things; the publisher is named from the framework.
 */

/** "Connecticut: 2022 evaluation" */
export function stateReportTitle(name: string, year: number): string {
  return `${name}: ${year} evaluation`;
}

/** "report data", "synthetic demo data" */
export function dataWords(synthetic: boolean): string {
  return synthetic ? 'synthetic demo data' : 'report data';
}

export const GLANCE_LABELS = {
  asOf: 'Laws as of',
  goals: 'Goals evaluated',
  score: 'Coverage score',
} as const;

export function publishedGradeLabel(year: number): string {
  return `Published grade, ${year}`;
}

export const NO_AS_OF = 'Not stated (no goal evaluated)';

export const NO_SCORE = 'None: no goal evaluated (not zero)';

export function noGradeText(year: number): string {
  return `Unknown: no published grade for ${year} was found in the sources.`;
}

/** The score as written ("38.8") and what follows it: "of 100, over the 40 of 40 goals evaluated" */
export function scoreWords(
  score: number,
  outline: { evaluated: number; total: number },
): { score: string; scope: string } {
  return {
    score: formatScore(score),
    scope: `of 100, over the ${outline.evaluated} of ${outline.total} goals evaluated`,
  };
}

/** What the coverage score is, beside it. */
export function scoreNote(framework: Framework): string {
  return `Statewise’s own measure with equal weights, not ${publisherPossessive(framework)} score; no grade is derived from it.`;
}

/** Whose the statuses are, under their counts. */
export function statusesNote(framework: Framework, synthetic: boolean): string {
  return synthetic
    ? 'Statuses here are generated for the synthetic demo data.'
    : `Each status is this project’s reading of the report, not a rating ${publisherShortName(framework)} published: the ingest proposes it from the report’s text (a recommendation, the verdict sentence) and a person reviews it. Each goal says why.`;
}

/** The as-of sentence under the sources. */
export function lawsAsOfNote(asOf: string | undefined | null): string {
  return asOf
    ? `Laws enacted as of ${formatIsoDate(asOf)}, as the report states.`
    : 'No goal is evaluated, so the file states no as-of date for the law.';
}

/** Whose words are whose, under the sources: null when nothing is this project's reading. */
export function authorshipNote(
  anyEvaluated: boolean,
  synthetic: boolean,
  medium: 'page' | 'document',
): string | null {
  return anyEvaluated && !synthetic
    ? `Statuses, coverage scores and the shape of this ${medium} are Statewise’s; the analysis, quoted law and recommendations are the report’s own words.`
    : null;
}

/**
 * What the published grades are, above them; without the framework (not loaded) the publisher
 * is "the publisher".
 */
export function gradesNote(framework: Framework | undefined, synthetic: boolean): string {
  if (synthetic) return 'Synthetic grades generated for the demo data: never published by anyone.';
  const publisher = framework ? publisherName(framework) : 'the publisher';
  const publications = framework?.editionNoun ?? 'publications';
  return `Overall letter grades ${publisher} published for its ${publications}, as found in public sources. A grade no source names stays unknown; none is ever derived from this project’s coverage score.`;
}
