import { describe, expect, it } from 'vitest';
import { stateReportMarkdown } from '@/domain/state/markdown';
import {
  authorshipNote,
  gradesNote,
  scoreNote,
  scoreWords,
  stateReportTitle,
  statusesNote,
} from '@/domain/state/report-wording';
import { loadFramework, makeEvaluation } from '../../fixtures/evaluation-fixture';

const framework = loadFramework();

describe('report wording', () => {
  it('titles a report by state and edition', () => {
    expect(stateReportTitle('Connecticut', 2022)).toBe('Connecticut: 2022 evaluation');
  });

  it('names the framework’s publisher in the notes', () => {
    expect(scoreNote(framework)).toBe(
      'Statewise’s own measure with equal weights, not Shared Hope’s score; no grade is derived from it.',
    );
    expect(statusesNote(framework, false)).toMatch(
      /^Each status is this project’s reading of the report, not a rating Shared Hope published: /,
    );
    expect(gradesNote(framework, false)).toMatch(
      /^Overall letter grades Shared Hope International published for its report cards, as found/,
    );
    const other = { ...framework, publisher: 'Example Institute', publisherShortName: 'Example' };
    expect(
      `${scoreNote(other)} ${statusesNote(other, false)} ${gradesNote(other, false)}`,
    ).not.toMatch(/Shared Hope/);
  });

  it('says nothing of a publisher for the demo data, and “the publisher” before the framework loads', () => {
    expect(statusesNote(framework, true)).toBe(
      'Statuses here are generated for the synthetic demo data.',
    );
    expect(gradesNote(undefined, true)).toMatch(/^Synthetic grades generated for the demo data/);
    expect(gradesNote(undefined, false)).toMatch(
      /^Overall letter grades the publisher published for its publications/,
    );
  });

  it('writes the score by the one score rule', () => {
    expect(scoreWords(50, { evaluated: 2, total: 40 })).toEqual({
      score: '50.0',
      scope: 'of 100, over the 2 of 40 goals evaluated',
    });
  });

  it('gives the Markdown download the page’s words', () => {
    const evaluation = makeEvaluation(framework, {
      state: 'CT',
      statuses: { '1.1': 'meets', '1.2': 'partial' },
    });
    const md = stateReportMarkdown({
      framework,
      evaluation,
      name: 'Connecticut',
      synthetic: false,
      url: 'https://statewise.example/states/CT',
      retrieved: '2025-06-01',
    });
    expect(md).toContain(`# ${stateReportTitle('Connecticut', 2022)}`);
    expect(md).toContain(`(${scoreNote(framework).replace(/\.$/, '')})`);
    expect(md).toContain(statusesNote(framework, false));
    expect(md).toContain(authorshipNote(true, false, 'document')!);
  });
});
