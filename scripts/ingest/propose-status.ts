import type { Block, GoalFacts, Recommendation, Status } from '@/domain/contract/evaluation-schema';

export interface Proposal {
  status: Status;
  reason: string;
}

/** The report's opening conclusion: its first prose paragraph. */
export function conclusion(analysis: Block[]): string | undefined {
  const first = analysis.find((b) => b.type === 'paragraph');
  return first?.type === 'paragraph' ? first.text : undefined;
}

function firstSentences(text: string, max = 240): string {
  const cut = text.length > max ? `${text.slice(0, max).replace(/\s+\S*$/, '')} …` : text;
  return cut;
}

const ABBREVIATIONS =
  /\b(Stat|Gen|Conn|Con|Ann|Code|Rev|St|No|Inc|Int'l|Int’l|U\.S|e\.g|i\.e|v|vs|Sec|Art|Ch|Subd|Para)\.$/;

/** The first sentence of a paragraph, not cut at the periods of "Conn. Gen. Stat." */
export function firstSentence(text: string): string {
  const re = /[.!?]["”’)]*\s+(?=[A-Z“"(])/g;
  for (const m of text.matchAll(re)) {
    const end = m.index + m[0].trimEnd().length;
    if (!ABBREVIATIONS.test(text.slice(0, end).replace(/["”’)]+$/, ''))) return text.slice(0, end);
  }
  return text;
}

const CONTRAST = /^(Although|While|Though)\b|\b(but|however|in contrast|instead|yet)\b/i;
const NEGATION = /\b(does not|do not|did not|is not|are not|not required|fails to|no)\b/i;

/**
 * Proposes a status from the report's own signals, for a person to review:
 * - no recommendation: the publisher saw no gap, so the goal is met;
 * - typed facts from a goal table (5.3): met, partly met or not met by how many protections exist;
 * - a recommendation to "strengthen existing law", or an opening that says what the law does and
 *   then what it lacks ("Although …", "… but …"): partly met;
 * - otherwise, a recommendation and an opening that says the law does not do it: not met.
 */
export function proposeStatus(input: {
  analysis: Block[];
  recommendations: Recommendation[];
  facts?: GoalFacts;
  hasTable: boolean;
}): Proposal {
  const { analysis, recommendations, facts } = input;
  const opening = conclusion(analysis);
  const vp = facts?.victimProtections;
  if (vp) {
    const values = [vp.advocate, vp.courtroomSupports, vp.identityProtected];
    const yes = values.filter((v) => v === true).length;
    const known = values.filter((v) => v !== null).length;
    if (known === values.length) {
      if (yes === values.length)
        return { status: 'meets', reason: 'the goal table shows all three protections in law' };
      if (yes === 0)
        return {
          status: 'does-not-meet',
          reason: 'the goal table shows none of the three protections in law',
        };
      return {
        status: 'partial',
        reason: `the goal table shows ${yes} of ${values.length} protections in law`,
      };
    }
  }
  if (!opening && !input.hasTable) {
    return { status: 'not-evaluated', reason: 'the report has no analysis for this goal' };
  }
  const quoted = opening
    ? `the analysis opens: “${firstSentences(firstSentence(opening))}”`
    : 'the goal has only a table';
  if (recommendations.length === 0) {
    return { status: 'meets', reason: `no recommendation is made, and ${quoted}` };
  }
  const strengthen = recommendations.find((r) => /^Strengthen existing law\b/i.test(r.text));
  if (strengthen) {
    return {
      status: 'partial',
      reason: `recommendation ${strengthen.id} asks to strengthen existing law, and ${quoted}`,
    };
  }
  // The opening sentence is the report's verdict; later sentences add detail that would mislead.
  const verdict = opening ? firstSentence(opening) : '';
  if (CONTRAST.test(verdict)) {
    return {
      status: 'partial',
      reason: `the opening weighs what the law does against a gap: ${quoted}`,
    };
  }
  if (!NEGATION.test(verdict) && /\bauthorizes\b/i.test(verdict)) {
    return {
      status: 'partial',
      reason: `the law authorizes but the report recommends a mandate: ${quoted}`,
    };
  }
  return { status: 'does-not-meet', reason: `a recommendation is made, and ${quoted}` };
}
