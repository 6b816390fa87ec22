import type { Framework } from '@/domain/contract/framework-schema';
import type { DataCoverage } from '@/domain/format/coverage';
import { publisherPossessive } from '@/domain/format/publisher';
import { joinNames } from './text';

/**
 * The plain statement at the top of the panel: for the report data, which states are evaluated and
 * where every other value comes from; for the demo data, that none of it is real. The framework
 * names the publisher whose announcements give the grades.
 */
export function coverageStatement(c: DataCoverage, framework: Framework): string {
  if (c.synthetic) {
    return (
      `All of this is synthetic demo data: ${c.evaluated.length} of ${c.total} jurisdictions ` +
      'have generated evaluations, grades and facts, made for development and demonstration. ' +
      'It describes no state’s real law.'
    );
  }
  const sentences: string[] = [];
  if (c.evaluated.length === 0) {
    sentences.push(
      `No state’s laws are evaluated goal by goal for the ${c.year} edition in this data: every ` +
        'policy goal is shown as not evaluated.',
    );
  } else if (c.evaluated.length <= 5) {
    const full = c.evaluated.filter((e) => e.goals >= c.goals).map((e) => e.name);
    const partial = c.evaluated.filter((e) => e.goals < c.goals);
    if (full.length > 0) {
      sentences.push(
        `Only ${joinNames(full)} ${full.length === 1 ? 'has a full evaluation' : 'have full evaluations'} ` +
          `(all ${c.goals} goals), read from ${full.length === 1 ? 'its' : 'their'} ${c.year} ` +
          'report card.',
      );
    }
    if (partial.length > 0) {
      sentences.push(
        `${joinNames(partial.map((p) => `${p.name} (${p.goals} of ${c.goals} goals)`))} ` +
          `${partial.length === 1 ? 'is' : 'are'} partly evaluated.`,
      );
    }
  } else {
    sentences.push(
      `${c.evaluated.length} of ${c.total} states have an evaluation in this edition ` +
        `(${c.fullyEvaluated} of them of all ${c.goals} goals).`,
    );
  }
  const others: string[] = [];
  const juvenile = c.facts.find((f) => f.key === 'juvenileJurisdiction');
  if (juvenile && juvenile.byBasis.reference > 0) {
    others.push(
      `juvenile court ages for ${juvenile.byBasis.reference} ` +
        `${juvenile.byBasis.reference === 1 ? 'state' : 'states'} come from reference data ` +
        '(OJJDP, NJDC, NCSL and others)',
    );
  }
  if (c.grades.count > 0) {
    others.push(
      `the ${c.grades.count} published ${c.grades.count === 1 ? 'grade comes' : 'grades come'} ` +
        `from news releases and ${publisherPossessive(framework)} announcements` +
        (c.grades.inferred > 0
          ? ` (${c.grades.inferred} of them inferred from the sources, not named in them)`
          : ''),
    );
  }
  if (others.length > 0) {
    const text = others.join(', and ');
    sentences.push(`${text.charAt(0).toUpperCase()}${text.slice(1)}.`);
  }
  const rest = c.total - c.evaluated.length;
  if (c.evaluated.length > 0 && rest > 0 && c.fullyEvaluated === c.evaluated.length) {
    sentences.push(
      `Every goal of the other ${rest} ${rest === 1 ? 'state' : 'states'} is not evaluated, ` +
        'and shown as unknown.',
    );
  } else if (c.evaluated.length > 0 && rest > 0) {
    sentences.push('Every other goal is not evaluated, and shown as unknown.');
  }
  return sentences.join(' ');
}
