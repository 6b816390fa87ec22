import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block, Evaluation, GoalEvaluation } from '@/domain/contract/evaluation-schema';
import { evaluationSchema } from '@/domain/contract/evaluation-file-schema';
import { frameworkGoals, frameworkSchema } from '@/domain/contract/framework-schema';
import { formatJson } from '../../../../scripts/lib/json-file';
import { decodeReport, ingestReport, type IngestReport } from '../../../../scripts/ingest/ingest';
import { overridesSchema } from '../../../../scripts/ingest/overrides';

const framework = frameworkSchema.parse(
  JSON.parse(readFileSync('data/frameworks/shared-hope-2022.json', 'utf8')),
);
const seed = readFileSync('data/sources/CT-2022.txt');
const committedText = readFileSync('data/evaluations/2022/CT.json', 'utf8');
const committed = evaluationSchema.parse(JSON.parse(committedText));
const overrides = overridesSchema.parse(
  JSON.parse(readFileSync('data/overrides/CT-2022.json', 'utf8')),
);

let evaluation: Evaluation;
let report: IngestReport;

beforeAll(() => {
  ({ evaluation, report } = ingestReport(decodeReport(seed), {
    state: 'CT',
    year: 2022,
    framework,
    overrides,
    existing: committed,
  }));
});

const goal = (id: string): GoalEvaluation => {
  const g = evaluation.goals.find((x) => x.id === id);
  if (!g) throw new Error(`no goal ${id}`);
  return g;
};
const texts = (blocks: Block[] | undefined): string[] =>
  (blocks ?? []).flatMap((b) => (b.type === 'list' ? b.items.map((i) => i.text) : [b.text]));
const allText = (g: GoalEvaluation) => texts(g.analysis).join('\n');

describe('ingest of the Connecticut 2022 report', () => {
  it('reproduces the committed evaluation file byte for byte', () => {
    expect(formatJson(evaluation)).toBe(committedText);
  });

  it('finds all 40 goals with the framework titles, in framework order', () => {
    expect(evaluation.goals.map((g) => g.id)).toEqual(frameworkGoals(framework).map((g) => g.id));
    for (const fg of frameworkGoals(framework)) expect(goal(fg.id).title).toBe(fg.title);
    expect(report.goalsFound).toBe(40);
    expect(report.goalsMissing).toEqual([]);
  });

  it('keeps the 32 recommendations with their ids on their goals', () => {
    const recs = evaluation.goals.flatMap((g) =>
      (g.recommendations ?? []).map((r) => [g.id, r.id]),
    );
    expect(recs).toHaveLength(32);
    expect(recs[0]).toEqual(['1.1', '1.1.1']);
    expect(recs[recs.length - 1]).toEqual(['6.6', '6.6.1']);
    for (const [g, r] of recs) expect(r!.startsWith(`${g}.`)).toBe(true);
    expect(goal('1.1').recommendations?.[0]?.text).toMatch(/^Amend Conn\. Gen\. Stat\. § 53a-192a/);
  });

  it('puts each of the 18 footnotes once on the part that cites it', () => {
    const where = new Map<number, string>();
    const note = (list: { n: number }[] | undefined, owner: string) =>
      list?.forEach((f) => {
        expect(where.has(f.n), `footnote ${f.n} twice`).toBe(false);
        where.set(f.n, owner);
      });
    note(evaluation.introduction?.footnotes, 'intro');
    evaluation.goals.forEach((g) => note(g.footnotes, g.id));
    evaluation.appendix?.forEach((s, i) =>
      s.entries.forEach((e) => note(e.footnotes, `appendix ${i}.${e.n}`)),
    );
    expect(Object.fromEntries([...where].sort((a, b) => a[0] - b[0]))).toEqual({
      1: 'intro',
      2: '1.3',
      3: '1.3',
      4: '1.7',
      5: '2.1',
      6: '2.1',
      7: '2.10',
      8: '3.2',
      9: '3.4',
      10: '3.5',
      11: '4.2',
      12: '4.6',
      13: '5.4',
      14: '6.1',
      15: '6.5',
      16: '6.5',
      17: 'appendix 1.1',
      18: 'appendix 1.1',
    });
  });

  it('keeps multi-paragraph footnotes whole', () => {
    const fn4 = goal('1.7').footnotes?.find((f) => f.n === 4);
    const body = texts(fn4?.blocks);
    expect(body[0]).toMatch(/^Regarding asset forfeiture/);
    expect(body.some((t) => t.startsWith('Additionally, property may be seized'))).toBe(true);
    expect(body[body.length - 1]).toMatch(/not directed to a victim services fund\.$/);
    const fn9 = texts(goal('3.4').footnotes?.[0]?.blocks);
    expect(fn9[fn9.length - 1]).toMatch(/^Consequently, a child or youth would have to be charged/);
  });

  it('joins text that continues after a footnote block to the paragraph it belongs to', () => {
    expect(allText(goal('1.3'))).toContain(
      'a service or system that provides access to the Internet',
    );
    expect(allText(goal('3.3'))).toContain('to place persons in situations of slavery');
    expect(allText(goal('4.2'))).toContain(
      'will not be granted if "the victim violated a penal law',
    );
    expect(allText(goal('3.5'))).toContain(
      'supervision of the commissioner, provided the commissioner',
    );
    expect(allText(goal('6.5'))).toContain('every three years thereafter, provided any person');
    expect(allText(goal('4.3'))).toContain(
      '[Trafficking in persons: Class A felony], as amended by this act',
    );
  });

  it('never lets footnote text leak into the body or the body into a footnote', () => {
    expect(allText(goal('1.3'))).not.toContain('Promoting prostitution: definitions');
    const fn3 = texts(goal('1.3').footnotes?.find((f) => f.n === 3)?.blocks).join('\n');
    expect(fn3).not.toContain('provides access to the Internet');
    const fn8 = texts(goal('3.2').footnotes?.[0]?.blocks).join('\n');
    expect(fn8).toContain('provides a child-focused, trauma-informed');
    expect(fn8).not.toContain('slavery');
    expect(allText(goal('3.3'))).not.toContain('child-focused');
    const fn11 = texts(goal('4.2').footnotes?.[0]?.blocks).join('\n');
    expect(fn11).not.toContain('victim violated');
    expect(allText(goal('2.4'))).not.toContain('supra');
  });

  it('keeps quoted statutes as quotations and lists as lists', () => {
    const a = goal('1.1').analysis!;
    expect(a.map((b) => b.type)).toEqual(['paragraph', 'quote', 'paragraph']);
    expect(a[1]).toMatchObject({
      type: 'quote',
      text: expect.stringMatching(/^A person is guilty of trafficking/),
    });
    const list = goal('3.3').analysis!.find((b) => b.type === 'list');
    expect(list).toMatchObject({ type: 'list', quote: true });
    const fn7 = goal('2.10').footnotes?.[0]?.blocks.find((b) => b.type === 'list');
    expect(fn7?.type === 'list' && fn7.items).toHaveLength(3);
  });

  it('records footnote markers at their place in the text', () => {
    const para = goal('1.7').analysis![0]!;
    expect(para.type).toBe('paragraph');
    if (para.type !== 'paragraph') return;
    expect(para.refs).toEqual([{ n: 4, at: para.text.length }]);
    expect(para.text).not.toContain('<sup>');
  });

  it('normalises statute citations so a section is recognised across goals', () => {
    const s = goal('1.1').statutes?.find((x) => x.id === 'CT 53a-192a');
    expect(s).toMatchObject({
      citation: 'Conn. Gen. Stat. § 53a-192a',
      title: 'Trafficking in persons',
    });
    expect(goal('2.1').statutes?.map((x) => x.id)).toContain('CT 53a-192a');
    // "Conn. Gen. Stat. Ann." and the misspelt "Con. Gen. Stat." name the same code.
    expect(goal('3.5').statutes?.find((x) => x.id === 'CT 17a-11')?.citation).toBe(
      'Conn. Gen. Stat. § 17a-11',
    );
    expect(goal('4.2').statutes?.map((x) => x.id)).toContain('CT 54-209');
  });

  it('reads the tables of goals 2.9 and 5.3', () => {
    const t29 = goal('2.9').table!;
    expect(t29.columns).toHaveLength(5);
    expect(t29.rows.map((r) => r.label)).toEqual(['Summary', 'Relevant Statute(s)']);
    expect(t29.rows[1]!.cells[0]).toBe('Conn. Gen. Stat. § 46b-120 (Definitions)');
    const t53 = goal('5.3').table!;
    expect(t53.columns).toHaveLength(3);
    expect(t53.rows[0]!.cells.slice(1)).toEqual([
      'Not statutorily required.',
      'Not statutorily required.',
    ]);
  });

  it('derives the typed facts', () => {
    expect(goal('2.9').facts?.juvenileJurisdiction).toMatchObject({
      minAge: 10,
      maxAge: 17,
      automaticTransfer: true,
      discretionaryTransfer: true,
      traumaConsidered: false,
      directFile: null,
      basis: 'report',
    });
    const sol = goal('4.6').facts?.statuteOfLimitations;
    expect(sol?.criminal).toMatchObject({ kind: 'none' });
    expect(sol?.civil).toMatchObject({ kind: 'years', years: 30, from: 'age-21' });
    expect(goal('5.3').facts?.victimProtections).toMatchObject({
      advocate: true,
      courtroomSupports: false,
      identityProtected: false,
    });
  });

  it('keeps the extra-credit notes and the offences appendix', () => {
    expect(goal('4.4').extraCredit).toHaveLength(1);
    expect(goal('4.5').extraCredit).toHaveLength(2);
    expect(goal('4.5').extraCredit?.[1]?.text).toMatch(/child labor trafficking victims/);
    const sections = evaluation.appendix!;
    expect(sections.map((s) => s.entries.length)).toEqual([1, 5]);
    expect(sections[0]!.entries[0]).toMatchObject({
      statute: { id: 'CT 53a-192a' },
      name: 'Trafficking in persons',
      classifications: ['Class A felony'],
      penalty: expect.stringMatching(
        /^A class A felony is punishable by imprisonment for 10–25 years/,
      ),
    });
    expect(sections[1]!.entries[1]!.classifications).toEqual(['Class B felony', 'Class A felony']);
    expect(texts(sections[1]!.entries[2]!.blocks).join(' ')).toContain(
      'provides or enables computer access by multiple users',
    );
  });

  it('gives every goal a reviewed status with the reason it was proposed', () => {
    for (const g of evaluation.goals) {
      expect(g.status).not.toBe('not-evaluated');
      expect(g.review?.reason.length).toBeGreaterThan(10);
      expect(['accepted', 'overridden']).toContain(g.review?.decision);
    }
    expect(goal('1.2').status).toBe('meets');
    expect(goal('1.1').status).toBe('does-not-meet');
    expect(goal('3.2').status).toBe('partial');
    expect(goal('2.9')).toMatchObject({
      status: 'partial',
      review: { proposed: 'does-not-meet', decision: 'overridden' },
    });
  });

  it('takes the as-of date from the report', () => {
    expect(evaluation.asOf).toBe('2022-08-01');
    expect(evaluation.synthetic).toBe(false);
  });
});
