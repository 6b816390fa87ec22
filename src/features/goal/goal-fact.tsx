import { YES_NO_GLYPHS, YES_NO_WORDS, type YesNo } from '@/domain/facts/fact-values';

/** A yes / no / unknown fact: always the word, with a glyph beside it (never an icon alone). */
export function YesNoValue({ value }: { value: YesNo }) {
  return (
    <span className={`goal-fact goal-fact--${value}`}>
      <span className="goal-fact__glyph" aria-hidden="true">
        {YES_NO_GLYPHS[value]}
      </span>{' '}
      {YES_NO_WORDS[value]}
    </span>
  );
}
