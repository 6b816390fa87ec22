import {
  ageColor,
  GRADE_COLORS,
  ON_DATA_TEXT,
  SCORE_LEGEND,
  STATUS_COLORS,
} from '@/domain/format/palette';
import type { Status } from '@/domain/contract/evaluation-schema';
import { STATUS_GLYPHS } from '@/domain/format/status-words';
import { NO_DATA_BUCKET, NO_MINIMUM_BUCKET } from './values';

/**
 * The colours of the overview's buckets (src/domain/overview/values.ts names them). Scores, grades,
 * statuses and minimum ages use the shared palette; the maximum age and "no statutory minimum"
 * need their own. Every fill comes with a text colour that keeps 4.5:1 on it.
 */
export interface BucketColor {
  fill: string;
  text: string;
}

/** "No statutory minimum": a sand colour apart from the purple age scale and the grey hatch. */
export const NO_MINIMUM_COLOR: BucketColor = { fill: '#e8c872', text: ON_DATA_TEXT };

/** Maximum age, one step a year from 15 or younger to 20 or older (sequential greens). */
export const MAX_AGE_COLORS: readonly BucketColor[] = [
  { fill: '#edf8e9', text: ON_DATA_TEXT },
  { fill: '#bae4b3', text: ON_DATA_TEXT },
  { fill: '#74c476', text: ON_DATA_TEXT },
  { fill: '#31a354', text: ON_DATA_TEXT },
  { fill: '#006d2c', text: '#ffffff' },
  { fill: '#00441b', text: '#ffffff' },
];

/** The colour of a bucket; null for no data, which is drawn as a hatch, not a colour. */
export function bucketColor(bucket: string): BucketColor | null {
  if (bucket === NO_DATA_BUCKET) return null;
  if (bucket === NO_MINIMUM_BUCKET) return NO_MINIMUM_COLOR;
  const [, kind, rest] = /^(score|grade|status|min-age|max-age)-(.+)$/.exec(bucket) ?? [];
  switch (kind) {
    case 'score': {
      const step = SCORE_LEGEND[Number(rest)];
      return step ? { fill: step.fill, text: step.text } : null;
    }
    case 'grade': {
      const grade = GRADE_COLORS[rest ?? ''];
      return grade ? { fill: grade.fill, text: grade.text } : null;
    }
    case 'status':
      return rest && rest !== 'not-evaluated' && rest in STATUS_COLORS
        ? { fill: STATUS_COLORS[rest as Status], text: ON_DATA_TEXT }
        : null;
    case 'min-age': {
      // Bucket i holds ages 6 + 2(i − 1) and one more: ageColor gives the same colour to both.
      const i = Number(rest);
      const color = ageColor(i === 0 ? 5 : 6 + 2 * (i - 1));
      return { fill: color.fill, text: color.text };
    }
    case 'max-age':
      return MAX_AGE_COLORS[Number(rest)] ?? null;
    default:
      return null;
  }
}

/** The mark drawn on a bucket's colour: the status glyph, or the grade letter. */
export function bucketMark(bucket: string): string | undefined {
  if (bucket.startsWith('status-')) return STATUS_GLYPHS[bucket.slice(7) as Status];
  if (bucket.startsWith('grade-')) return bucket.slice(6);
  return undefined;
}
