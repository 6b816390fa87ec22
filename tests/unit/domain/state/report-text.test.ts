import { describe, expect, it } from 'vitest';
import type { Block, Footnote } from '@/domain/contract/evaluation-schema';
import {
  createAnchors,
  groupBlocks,
  scopeSlug,
  segmentBlock,
  segmentBlocks,
  segmentFootnotes,
  segmentsText,
  splitAtRefs,
} from '@/domain/state/report-text';

const footnote = (n: number): Footnote => ({
  n,
  blocks: [{ type: 'paragraph', text: `Note ${n}.` }],
});

describe('splitAtRefs', () => {
  it('puts each marker right after the character it follows', () => {
    const anchors = createAnchors('goal-1.3', [footnote(2), footnote(3)]);
    const text = 'advance prostitution or profit from it.';
    const segments = splitAtRefs(
      text,
      [
        { n: 2, at: 7 },
        { n: 3, at: 39 },
      ],
      anchors,
    );
    expect(segments).toEqual([
      { kind: 'text', text: 'advance' },
      { kind: 'ref', n: 2, id: 'fnref-goal-1-3-2', target: 'fn-goal-1-3-2' },
      { kind: 'text', text: ' prostitution or profit from it.' },
      { kind: 'ref', n: 3, id: 'fnref-goal-1-3-3', target: 'fn-goal-1-3-3' },
    ]);
    expect(segmentsText(segments)).toBe(text);
  });

  it('orders refs by offset, keeps the given order at one offset, clamps offsets out of range', () => {
    const anchors = createAnchors('x', [footnote(1), footnote(2), footnote(3)]);
    const segments = splitAtRefs(
      'abc',
      [
        { n: 3, at: 99 },
        { n: 1, at: 1 },
        { n: 2, at: 1 },
      ],
      anchors,
    );
    expect(segments.map((s) => (s.kind === 'text' ? s.text : `[${s.n}]`))).toEqual([
      'a',
      '[1]',
      '[2]',
      'bc',
      '[3]',
    ]);
  });

  it('gives every citation a unique id and draws a missing footnote without a link', () => {
    const anchors = createAnchors('goal-2.1', [footnote(5)]);
    const first = splitAtRefs('one', [{ n: 5, at: 3 }], anchors);
    const again = splitAtRefs(
      'two',
      [
        { n: 5, at: 3 },
        { n: 6, at: 0 },
      ],
      anchors,
    );
    expect(first[1]).toMatchObject({ id: 'fnref-goal-2-1-5' });
    expect(again).toContainEqual({
      kind: 'ref',
      n: 5,
      id: 'fnref-goal-2-1-5-2',
      target: 'fn-goal-2-1-5',
    });
    expect(again).toContainEqual({ kind: 'ref', n: 6, id: 'fnref-goal-2-1-6', target: null });
    expect(anchors.firstRefId(5)).toBe('fnref-goal-2-1-5');
  });

  it('returns the text untouched without refs, and nothing for empty text', () => {
    const anchors = createAnchors('x');
    expect(splitAtRefs('plain', undefined, anchors)).toEqual([{ kind: 'text', text: 'plain' }]);
    expect(splitAtRefs('', [], anchors)).toEqual([]);
  });

  it('keeps markup in the text as text', () => {
    const anchors = createAnchors('x');
    expect(segmentsText(splitAtRefs('<script>alert(1)</script>', [], anchors))).toBe(
      '<script>alert(1)</script>',
    );
  });
});

describe('blocks', () => {
  const blocks: Block[] = [
    { type: 'paragraph', text: 'Subsection (a) states,' },
    { type: 'quote', text: '(a) A person is guilty …' },
    { type: 'list', items: [{ text: '(1) one' }, { text: '(2) two' }], quote: true },
    { type: 'quote', text: '(c) It is a felony.' },
    { type: 'paragraph', text: 'Therefore…' },
    { type: 'list', items: [{ text: 'a point' }] },
  ];

  it('groups consecutive quoted blocks into one quotation, set apart from prose', () => {
    const groups = segmentBlocks(blocks, createAnchors('x'));
    expect(groups.map((g) => g.kind)).toEqual(['prose', 'quotation', 'prose', 'prose']);
    const quotation = groups[1]!;
    expect(quotation.kind === 'quotation' && quotation.blocks.map((b) => b.kind)).toEqual([
      'quote',
      'list',
      'quote',
    ]);
  });

  it('segments list items with their refs', () => {
    const anchors = createAnchors('goal-6.1', [footnote(14)]);
    const block = segmentBlock(
      { type: 'list', items: [{ text: 'indicators;', refs: [{ n: 14, at: 11 }] }], quote: true },
      anchors,
    );
    expect(block).toEqual({
      kind: 'list',
      quote: true,
      items: [
        [
          { kind: 'text', text: 'indicators;' },
          { kind: 'ref', n: 14, id: 'fnref-goal-6-1-14', target: 'fn-goal-6-1-14' },
        ],
      ],
    });
  });

  it('keeps an empty list of blocks empty', () => {
    expect(groupBlocks([])).toEqual([]);
  });
});

describe('segmentFootnotes', () => {
  it('numbers footnotes in order with the way back to their first citation', () => {
    const anchors = createAnchors('goal-2.1', [footnote(6), footnote(5)]);
    splitAtRefs('text', [{ n: 5, at: 4 }], anchors);
    const notes = segmentFootnotes([footnote(6), footnote(5)], anchors);
    expect(notes.map((n) => [n.n, n.id, n.backId])).toEqual([
      [5, 'fn-goal-2-1-5', 'fnref-goal-2-1-5'],
      // Footnote 6 is never cited in the text: it has no way back.
      [6, 'fn-goal-2-1-6', undefined],
    ]);
  });

  it('makes scopes safe ids', () => {
    expect(scopeSlug('goal-2.10')).toBe('goal-2-10');
    expect(scopeSlug('appendix 1/2')).toBe('appendix-1-2');
  });
});
