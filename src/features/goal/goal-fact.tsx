import type { YesNo } from '@/domain/facts/juvenile';

const GLYPHS: Record<YesNo, string> = { yes: '✓', no: '✕', unknown: '?' };
const WORDS: Record<YesNo, string> = { yes: 'Yes', no: 'No', unknown: 'Unknown' };

/** A yes / no / unknown fact: always the word, with a glyph beside it (never an icon alone). */
export function YesNoValue({ value }: { value: YesNo }) {
  return (
    <span className={`goal-fact goal-fact--${value}`}>
      <span className="goal-fact__glyph" aria-hidden="true">
        {GLYPHS[value]}
      </span>{' '}
      {WORDS[value]}
    </span>
  );
}
