import { describe, expect, it } from 'vitest';
import { evaluationSchema } from '@/domain/contract/evaluation-file-schema';
import type { Evaluation } from '@/domain/contract/evaluation-schema';
import { escapeInline, escapeMarkdown, stateReportMarkdown } from '@/domain/state/markdown';
import ctFixture from '../../../../mocks/fixtures/state-real-2022-ct.json';
import { loadFramework, makeEvaluation } from '../../fixtures/evaluation-fixture';

const framework = loadFramework();
const ct = evaluationSchema.parse(ctFixture);
const input = {
  framework,
  evaluation: ct,
  name: 'Connecticut',
  synthetic: false,
  url: 'https://statewise.example/states/CT?year=2022',
  retrieved: '2025-06-01',
};
const md = stateReportMarkdown(input);
const lines = md.split('\n');

function section(heading: string): string {
  const start = lines.indexOf(heading);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const level = heading.match(/^#+/)![0].length;
  const end = lines.findIndex(
    (l, i) => i > start && /^#+ /.test(l) && l.match(/^#+/)![0].length <= level,
  );
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

describe('stateReportMarkdown (Connecticut 2022 fixture)', () => {
  it('has a title, the at-a-glance table and the status counts', () => {
    expect(lines[0]).toBe('# Connecticut: 2022 evaluation');
    expect(md).toContain('| Laws as of | August 1, 2022 |');
    expect(md).toContain('| Goals evaluated | 40 of 40 |');
    expect(md).toMatch(/\| Coverage score \| \d+(\.\d)? of 100, over the 40 of 40 goals evaluated/);
    expect(md).toContain('## Statuses of the 40 policy goals');
    expect(md).toMatch(/^- ✓ Meets: \d+$/m);
    expect(md).not.toContain('Synthetic demo data');
  });

  it('has every issue area and every goal, in framework order, with its status', () => {
    const areas = lines.filter((l) => l.startsWith('## Issue area '));
    expect(areas).toHaveLength(6);
    const goals = lines.filter((l) => /^### \d+\.\d+ /.test(l)).map((l) => l.split(' ')[1]);
    expect(goals).toEqual(framework.issueAreas.flatMap((a) => a.goals.map((g) => g.id)));
    expect(
      section(
        '### 1.1 The child sex trafficking law is expressly applicable to buyers of commercial sex with any minor under 18.',
      ),
    ).toContain('**Status:** ✕ Does not meet');
  });

  it('sets quoted law apart as > blocks and keeps the prose around it', () => {
    const goal = section(
      '### 1.1 The child sex trafficking law is expressly applicable to buyers of commercial sex with any minor under 18.',
    );
    expect(goal).toMatch(/^> A person is guilty of trafficking in persons when/m);
    expect(goal).toContain('does not apply to buyers of commercial sex with minors.');
  });

  it('writes footnotes as [^n] with their definitions, each cited', () => {
    const refs = new Set([...md.matchAll(/\[\^(\d+)\](?!:)/g)].map((m) => m[1]));
    const defs = new Set([...md.matchAll(/^\[\^(\d+)\]: /gm)].map((m) => m[1]));
    expect(defs).toEqual(new Set(['1', ...Array.from({ length: 17 }, (_, i) => String(i + 2))]));
    for (const n of defs) expect(refs.has(n), `footnote ${n} is cited`).toBe(true);
    expect(md).toContain(
      '[^1]: Evaluations of state laws are based on legislation enacted as of August 1, 2022.',
    );
  });

  it('lists recommendations, statutes, the report’s tables, extra credit and typed facts', () => {
    expect(md).toMatch(/^- \*\*1\.1\.1\*\* Amend Conn\. Gen\. Stat\./m);
    expect(md).toContain('#### Statutes cited');
    expect(md).toContain(
      '- Conn. Gen. Stat. § 53a-192a (a)(2); (a)(3); (a) (Trafficking in persons)',
    );
    const table29 = section(lines.find((l) => l.startsWith('### 2.9 '))!);
    expect(table29).toMatch(/^\|\s+\| Minimum Age of Juvenile Court Jurisdiction \| .+ \|$/m);
    expect(table29).toMatch(/^\| Relevant Statute\(s\) \| Conn\. Gen\. Stat\. § 46b-120/m);
    expect(table29).toContain('#### Juvenile court facts');
    expect(table29).toMatch(/\| Minimum age \| 10 \|/);
    expect(md).toContain('#### Extra credit');
    expect(md).toContain('#### Statute of limitation facts');
    expect(md).toContain('#### Victim protection facts');
  });

  it('has the appendix of offences, the sources and a suggested citation', () => {
    expect(md).toContain('## Offences and penalties');
    expect(md).toContain('#### Trafficking in persons');
    expect(md).toMatch(/^- Penalty: /m);
    const sources = section('## Sources');
    expect(sources).toMatch(/^- \\\[report\\\] Shared Hope International, 2022 Report Cards/m);
    expect(sources).toMatch(/^- \\\[N1\\\] \[OJJDP .+\]\(<http:\/\/www\.ojjdp\.gov\/.+>\)/m);
    expect(sources).toContain('Laws enacted as of August 1, 2022, as the report states.');
    expect(md).toContain('## Suggested citation');
    // The formatted reference of citation.ts (it was "Statewise (2025), “Connecticut: 2022
    // evaluation”, based on …, retrieved … from …"), then the same as BibTeX.
    expect(md).toContain(
      `Statewise (2025). Connecticut: 2022 evaluation \\[state report\\]. Data: Shared Hope International, 2022 ${escapeInline(framework.reportTitle!)}; report data as of 2022-08-01. ${input.url}. Accessed 2025-06-01.`,
    );
    expect(md).toContain('```bibtex\n@misc{statewise2025-connecticut-2022-evaluation,\n');
    expect(md).toMatch(/ {2}url {10}= \{https:\/\/statewise\.example\/states\/CT\?year=2022\},\n/);
    expect(md.endsWith('\n')).toBe(true);
  });
});

describe('Markdown from hostile or odd data', () => {
  function withHostileText(): Evaluation {
    const ev = makeEvaluation(framework, {
      state: 'CT',
      statuses: { '1.1': 'meets', '1.2': 'partial' },
    });
    const goal = ev.goals.find((g) => g.id === '1.1')!;
    goal.analysis = [
      { type: 'paragraph', text: '<script>alert(1)</script> and **bold** [link](javascript:x)' },
      { type: 'paragraph', text: '# not a heading\n- not a list\n1. not a list either' },
      { type: 'quote', text: 'Quoted line one\nline two', refs: [{ n: 1, at: 15 }] },
      { type: 'list', quote: true, items: [{ text: 'quoted item' }] },
    ];
    goal.footnotes = [{ n: 1, blocks: [{ type: 'paragraph', text: 'A note | with a pipe' }] }];
    ev.introduction = {
      blocks: [{ type: 'paragraph', text: 'Intro.', refs: [{ n: 1, at: 6 }] }],
      footnotes: [{ n: 1, blocks: [{ type: 'paragraph', text: 'Intro note.' }] }],
    };
    return ev;
  }

  const out = stateReportMarkdown({ ...input, evaluation: withHostileText(), synthetic: true });

  it('escapes markup so text from data stays text', () => {
    expect(out).toContain(
      '\\<script\\>alert(1)\\</script\\> and \\*\\*bold\\*\\* \\[link\\](javascript:x)',
    );
    expect(out).not.toMatch(/<script>/);
    expect(out).toContain('\\# not a heading\n\\- not a list\n1\\. not a list either');
  });

  it('keeps one quotation across consecutive quoted blocks', () => {
    expect(out).toContain('> Quoted line one[^');
    expect(out).toContain('> line two\n>\n> - quoted item');
  });

  it('gives a footnote number used twice in the document a distinct label', () => {
    expect(out).toContain('Intro.[^1]');
    expect(out).toContain('[^1]: Intro note.');
    expect(out).toMatch(/\[\^goal-1-1-1\]: A note \\\| with a pipe/);
    expect(out).toContain('Quoted line one[^goal-1-1-1]');
  });

  it('marks synthetic data at the top', () => {
    expect(out.split('\n')[2]).toMatch(
      /^> \*\*Synthetic demo data\.\*\* Generated for development/,
    );
  });

  it('escapes text for headings and table cells', () => {
    expect(escapeInline('a|b *c* #1')).toBe('a\\|b \\*c\\* \\#1');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('12. x')).toBe('12\\. x');
  });
});
