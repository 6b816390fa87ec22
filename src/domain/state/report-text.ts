import type { Block, Footnote, FootnoteRef, RichText } from '@/domain/contract/evaluation-schema';

/**
 * Report text with its footnote markers, ready to draw: a text is split at the character offsets
 * of its refs ({ n, at }: footnote n is cited right after character `at`), and each marker gets a
 * unique anchor id and the id of the footnote it points to (or null when the footnote is missing,
 * so a broken reference shows as a plain number rather than a dead link).
 */
export type TextSegment =
  { kind: 'text'; text: string } | { kind: 'ref'; n: number; id: string; target: string | null };

export interface Anchors {
  /** Id of the footnote n in this scope, e.g. "fn-2-9-12" */
  footnoteId: (n: number) => string;
  /** A fresh id for the next citation of footnote n: "fnref-2-9-12", then "fnref-2-9-12-2" … */
  nextRefId: (n: number) => string;
  /** The id of the first citation of footnote n, for the way back from the footnote */
  firstRefId: (n: number) => string | undefined;
  hasFootnote: (n: number) => boolean;
}

/** "2.9" → "2-9": ids without dots are safe in CSS selectors and URLs alike. */
export function scopeSlug(scope: string): string {
  return scope.replace(/[^A-Za-z0-9-]+/g, '-');
}

export function createAnchors(scope: string, footnotes: readonly Footnote[] = []): Anchors {
  const slug = scopeSlug(scope);
  const known = new Set(footnotes.map((f) => f.n));
  const seen = new Map<number, number>();
  return {
    footnoteId: (n) => `fn-${slug}-${n}`,
    nextRefId: (n) => {
      const count = (seen.get(n) ?? 0) + 1;
      seen.set(n, count);
      return count === 1 ? `fnref-${slug}-${n}` : `fnref-${slug}-${n}-${count}`;
    },
    firstRefId: (n) => (seen.has(n) ? `fnref-${slug}-${n}` : undefined),
    hasFootnote: (n) => known.has(n),
  };
}

/** Splits `text` at its refs; offsets out of range are clamped, refs at one offset keep their order. */
export function splitAtRefs(
  text: string,
  refs: readonly FootnoteRef[] | undefined,
  anchors: Anchors,
): TextSegment[] {
  if (!refs || refs.length === 0) return text ? [{ kind: 'text', text }] : [];
  const ordered = refs
    .map((r, i) => ({ ...r, at: Math.max(0, Math.min(text.length, r.at)), i }))
    .sort((a, b) => a.at - b.at || a.i - b.i);
  const segments: TextSegment[] = [];
  let from = 0;
  for (const ref of ordered) {
    if (ref.at > from) segments.push({ kind: 'text', text: text.slice(from, ref.at) });
    from = ref.at;
    segments.push({
      kind: 'ref',
      n: ref.n,
      id: anchors.nextRefId(ref.n),
      target: anchors.hasFootnote(ref.n) ? anchors.footnoteId(ref.n) : null,
    });
  }
  if (from < text.length) segments.push({ kind: 'text', text: text.slice(from) });
  return segments;
}

export function segmentRichText(rich: RichText, anchors: Anchors): TextSegment[] {
  return splitAtRefs(rich.text, rich.refs, anchors);
}

/** A block, segmented. Lists keep whether they are part of a quotation. */
export type SegmentedBlock =
  | { kind: 'paragraph'; segments: TextSegment[] }
  | { kind: 'quote'; segments: TextSegment[] }
  | { kind: 'list'; items: TextSegment[][]; quote: boolean };

export function segmentBlock(block: Block, anchors: Anchors): SegmentedBlock {
  if (block.type === 'list') {
    return {
      kind: 'list',
      items: block.items.map((item) => segmentRichText(item, anchors)),
      quote: block.quote === true,
    };
  }
  return { kind: block.type, segments: splitAtRefs(block.text, block.refs, anchors) };
}

/**
 * Blocks grouped for reading: consecutive quoted blocks (quotations and quoted lists) form one
 * quotation, set apart from the prose around it.
 */
export type BlockGroup =
  { kind: 'prose'; block: SegmentedBlock } | { kind: 'quotation'; blocks: SegmentedBlock[] };

export function groupBlocks(blocks: readonly SegmentedBlock[]): BlockGroup[] {
  const groups: BlockGroup[] = [];
  for (const block of blocks) {
    const quoted = block.kind === 'quote' || (block.kind === 'list' && block.quote);
    const last = groups[groups.length - 1];
    if (quoted && last?.kind === 'quotation') last.blocks.push(block);
    else if (quoted) groups.push({ kind: 'quotation', blocks: [block] });
    else groups.push({ kind: 'prose', block });
  }
  return groups;
}

export function segmentBlocks(blocks: readonly Block[], anchors: Anchors): BlockGroup[] {
  return groupBlocks(blocks.map((b) => segmentBlock(b, anchors)));
}

export interface SegmentedFootnote {
  n: number;
  id: string;
  /** Where the way back leads: the first citation, if the text cites the footnote */
  backId: string | undefined;
  blocks: BlockGroup[];
}

/**
 * Footnotes, segmented after the text that cites them (so the way back is known). Footnotes in
 * footnotes are not expected; any refs they hold are drawn as plain numbers in the same scope.
 */
export function segmentFootnotes(
  footnotes: readonly Footnote[] | undefined,
  anchors: Anchors,
): SegmentedFootnote[] {
  return [...(footnotes ?? [])]
    .sort((a, b) => a.n - b.n)
    .map((f) => ({
      n: f.n,
      id: anchors.footnoteId(f.n),
      backId: anchors.firstRefId(f.n),
      blocks: segmentBlocks(f.blocks, anchors),
    }));
}

/** The plain text of segments, e.g. for an accessible label or a test. */
export function segmentsText(segments: readonly TextSegment[]): string {
  return segments.map((s) => (s.kind === 'text' ? s.text : '')).join('');
}
