import { describe, expect, it } from 'vitest';
import type { GoalEvaluation } from '@/domain/contract/evaluation-schema';
import {
  describeGradeDetails,
  editionsWithFile,
  prepareBlocks,
  prepareGoal,
  publishedGradeOf,
  reportOutline,
  reviewNote,
} from '@/domain/state/report-outline';
import { formatIsoDate } from '@/domain/format/dates';
import type { Manifest } from '@/domain/contract/summary-schema';
import { loadFramework, makeEvaluation } from '../../fixtures/evaluation-fixture';

const framework = loadFramework();

describe('reportOutline', () => {
  it('follows the framework, counts statuses and computes the coverage score', () => {
    const evaluation = makeEvaluation(framework, {
      state: 'CT',
      statuses: { '1.1': 'meets', '1.2': 'partial', '2.1': 'does-not-meet' },
    });
    const outline = reportOutline(framework, evaluation);
    expect(outline.areas.map((a) => a.id)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(outline.total).toBe(40);
    expect(outline.evaluated).toBe(3);
    expect(outline.counts).toEqual({
      meets: 1,
      partial: 1,
      'does-not-meet': 1,
      'not-evaluated': 37,
    });
    expect(outline.coverage.score).toBe(50);
    expect(outline.areas[0]!.goals[0]!.title).toBe(framework.issueAreas[0]!.goals[0]!.title);
  });

  it('draws evaluated goals and goals with facts as sections, lists the rest compactly', () => {
    const evaluation = makeEvaluation(framework, { state: 'AL', statuses: { '1.1': 'meets' } });
    const outline = reportOutline(framework, evaluation);
    const area1 = outline.areas[0]!;
    expect(area1.sections.map((g) => g.id)).toEqual(['1.1']);
    expect(area1.notEvaluated).toHaveLength(6);
    // 2.9 is not evaluated but carries reference facts: it keeps its section.
    const area2 = outline.areas[1]!;
    expect(area2.sections.map((g) => g.id)).toEqual(['2.9']);
    expect(area2.sections[0]!.status).toBe('not-evaluated');
  });

  it('has no score, not zero, when nothing is evaluated', () => {
    const outline = reportOutline(framework, makeEvaluation(framework, { state: 'AL' }));
    expect(outline.evaluated).toBe(0);
    expect(outline.coverage.score).toBeNull();
  });

  it('reads a goal missing from the file as not evaluated', () => {
    const evaluation = makeEvaluation(framework, { state: 'CT', otherwise: 'meets' });
    evaluation.goals = evaluation.goals.filter((g) => g.id !== '6.6');
    const outline = reportOutline(framework, evaluation);
    expect(outline.areas[5]!.goals.find((g) => g.id === '6.6')?.status).toBe('not-evaluated');
  });
});

describe('reviewNote', () => {
  const goal = (review: GoalEvaluation['review'], status: GoalEvaluation['status'] = 'partial') =>
    ({ id: '2.9', status, review }) as GoalEvaluation;

  it('says the ingest proposed the status and a person reviewed it', () => {
    expect(
      reviewNote(
        goal({
          proposed: 'partial',
          reason: 'recommendation 4.6.1 asks to strengthen existing law',
          decision: 'accepted',
        }),
        false,
      ),
    ).toBe(
      'Status proposed by the ingest from the report’s text and reviewed: recommendation 4.6.1 asks to strengthen existing law.',
    );
  });

  it('gives an override with what was proposed and the reviewer’s note', () => {
    expect(
      reviewNote(
        goal({
          proposed: 'does-not-meet',
          reason: 'a recommendation is made',
          decision: 'overridden',
          note: 'The table shows the upper age met.',
        }),
        false,
      ),
    ).toBe(
      'Status overridden on review (the ingest proposed “does not meet”): The table shows the upper age met.',
    );
  });

  it('says when a proposal was never reviewed, or when there is no record at all', () => {
    expect(
      reviewNote(
        goal({ proposed: 'meets', reason: 'no recommendation is made', decision: 'proposed' }),
        false,
      ),
    ).toMatch(/not yet reviewed by a person: no recommendation is made\.$/);
    expect(reviewNote(goal(undefined), false)).toMatch(/^No review record/);
  });

  it('marks synthetic statuses as generated', () => {
    expect(reviewNote(goal(undefined), true)).toMatch(/synthetic demo data/);
  });
});

describe('prepareGoal', () => {
  it('splits analysis, recommendations and extra credit at their footnote markers', () => {
    const prepared = prepareGoal({
      id: '2.1',
      status: 'does-not-meet',
      analysis: [{ type: 'paragraph', text: 'No third party control.', refs: [{ n: 5, at: 23 }] }],
      recommendations: [{ id: '2.1.1', text: 'Amend state law.', refs: [{ n: 6, at: 16 }] }],
      extraCredit: [{ text: 'Also labor trafficking.' }],
      footnotes: [
        { n: 5, blocks: [{ type: 'paragraph', text: 'Five.' }] },
        { n: 6, blocks: [{ type: 'paragraph', text: 'Six.' }] },
      ],
      summary: 'No third party control.',
    });
    expect(prepared.summary).toBeUndefined();
    expect(prepared.recommendations[0]!.segments[1]).toMatchObject({
      kind: 'ref',
      n: 6,
      target: 'fn-goal-2-1-6',
    });
    expect(prepared.footnotes.map((f) => f.backId)).toEqual([
      'fnref-goal-2-1-5',
      'fnref-goal-2-1-6',
    ]);
    expect(prepared.extraCredit).toEqual([[{ kind: 'text', text: 'Also labor trafficking.' }]]);
  });

  it('shows the summary only when there is no analysis and no table to read', () => {
    expect(prepareGoal({ id: '1.1', status: 'meets', summary: 'It meets.' }).summary).toBe(
      'It meets.',
    );
    expect(
      prepareGoal({
        id: '5.3',
        status: 'partial',
        summary: 'From the table.',
        table: { columns: ['A'], rows: [{ label: 'Summary', cells: ['x'] }] },
      }).summary,
    ).toBeUndefined();
  });

  it('anchors the introduction and appendix entries in their own scopes', () => {
    const intro = prepareBlocks(
      'intro',
      [{ type: 'paragraph', text: 'Intro.', refs: [{ n: 1, at: 6 }] }],
      [{ n: 1, blocks: [{ type: 'paragraph', text: 'As of August 1, 2022.' }] }],
    );
    expect(intro.footnotes[0]).toMatchObject({ id: 'fn-intro-1', backId: 'fnref-intro-1' });
  });
});

describe('helpers', () => {
  it('formats ISO dates and leaves anything else as given', () => {
    expect(formatIsoDate('2022-08-01')).toBe('August 1, 2022');
    expect(formatIsoDate('end of 2013 session')).toBe('end of 2013 session');
  });

  it('lists the editions with a file for the state', () => {
    const manifest = {
      schemaVersion: 1,
      frameworks: [],
      datasets: [
        {
          id: 'real',
          label: 'Report data',
          synthetic: false,
          framework: 'f',
          editions: [
            {
              year: 2023,
              summary: '',
              hash: '',
              states: ['CT'],
              evaluatedStates: 0,
              publishedGrades: 0,
              asOf: [],
            },
            {
              year: 2021,
              summary: '',
              hash: '',
              states: ['CT', 'MA'],
              evaluatedStates: 0,
              publishedGrades: 0,
              asOf: [],
            },
            {
              year: 2022,
              summary: '',
              hash: '',
              states: ['MA'],
              evaluatedStates: 0,
              publishedGrades: 0,
              asOf: [],
            },
          ],
        },
      ],
    } as Manifest;
    expect(editionsWithFile(manifest, 'real', 'CT')).toEqual([2021, 2023]);
    expect(editionsWithFile(manifest, 'demo', 'CT')).toEqual([]);
  });

  it('describes a published grade without inventing anything', () => {
    expect(
      describeGradeDetails({ grade: 'C', score: 72.5, maxScore: 110, rank: 1, confidence: 'high' }),
    ).toBe('score 72.5 of 110 · rank 1 · confidence high (two sources agree)');
    expect(describeGradeDetails({ grade: 'D', score: 66, maxScore: 100, confidence: 'low' })).toBe(
      'score 66.0 of 100 · confidence low (sources conflict)',
    );
    expect(describeGradeDetails({ grade: 'F', confidence: 'medium', inferred: true })).toBe(
      'confidence medium (one source) · inferred from the sources, not named in them',
    );
    expect(
      publishedGradeOf(
        [
          {
            code: 'MA',
            asOf: null,
            statuses: '',
            evaluated: 0,
            score: null,
            issueScores: [],
            published: { grade: 'F', confidence: 'high' },
          },
        ],
        'MA',
      ),
    ).toEqual({ grade: 'F', confidence: 'high' });
    expect(publishedGradeOf([], 'MA')).toBeUndefined();
  });
});
