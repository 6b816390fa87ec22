/**
 * Words for the values typed facts hold, shared by every view that shows them: yes, no and unknown
 * (always the word, with a glyph beside it, never a glyph alone) and where a fact comes from.
 */

export type YesNo = 'yes' | 'no' | 'unknown';

/** A fact's boolean as yes, no or unknown: `null` and a missing value are unknown, never "no". */
export function yesNo(value: boolean | null | undefined): YesNo {
  return value === true ? 'yes' : value === false ? 'no' : 'unknown';
}

export const YES_NO_WORDS: Record<YesNo, string> = { yes: 'Yes', no: 'No', unknown: 'Unknown' };
export const YES_NO_GLYPHS: Record<YesNo, string> = { yes: '✓', no: '✕', unknown: '?' };

/** "Yes", "No", "Unknown" */
export function yesNoWord(value: boolean | null | undefined): string {
  return YES_NO_WORDS[yesNo(value)];
}

export type FactBasis = 'report' | 'reference' | 'synthetic';

export const BASIS_LABELS: Record<FactBasis, string> = {
  report: 'Report',
  reference: 'Reference',
  synthetic: 'Synthetic',
};
