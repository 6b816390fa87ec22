import { describe, expect, it } from 'vitest';
import { exportFileName, exportFileStem, namePart, statesPart } from '@/domain/export/name';
import { exportLink } from '@/domain/export/spec';

describe('export file names', () => {
  it('follow the view, edition and selection', () => {
    expect(
      exportFileName(
        exportFileStem({
          view: 'heatmap',
          year: 2022,
          selection: [statesPart(['CT', 'MA', 'NY'])],
          synthetic: false,
        }),
        'csv',
      ),
    ).toBe('heatmap-2022-CT-MA-NY.csv');
    expect(
      exportFileName(
        exportFileStem({ view: 'overview', year: 2022, selection: ['score'], synthetic: false }),
        'png',
      ),
    ).toBe('overview-2022-score.png');
    expect(
      exportFileName(
        exportFileStem({
          view: 'goal',
          subject: '2.9',
          year: 2022,
          selection: ['ages'],
          synthetic: false,
        }),
        'svg',
      ),
    ).toBe('goal-2.9-2022-ages.svg');
    expect(
      exportFileName(
        exportFileStem({
          view: 'compare',
          year: 2022,
          selection: [statesPart(['CT', 'MA', 'NY'])],
          synthetic: false,
        }),
        'zip',
      ),
    ).toBe('compare-2022-CT-MA-NY.zip');
    expect(
      exportFileName(
        exportFileStem({ view: 'state', subject: 'CT', year: 2022, synthetic: false }),
        'md',
      ),
    ).toBe('state-CT-2022.md');
  });

  it('end in -demo for the synthetic dataset', () => {
    expect(
      exportFileStem({ view: 'heatmap', year: 2022, selection: ['CT-MA-NY'], synthetic: true }),
    ).toBe('heatmap-2022-CT-MA-NY-demo');
    expect(exportFileStem({ view: 'state', subject: 'CT', year: 2023, synthetic: true })).toBe(
      'state-CT-2023-demo',
    );
  });

  it('leave out empty parts: all states, no year', () => {
    expect(statesPart([])).toBe('');
    expect(
      exportFileStem({
        view: 'heatmap',
        year: 2022,
        selection: [statesPart([]), null, undefined, false],
        synthetic: false,
      }),
    ).toBe('heatmap-2022');
    expect(
      exportFileStem({
        view: 'scores',
        year: null,
        selection: ['grades', '2021-2023'],
        synthetic: false,
      }),
    ).toBe('scores-grades-2021-2023');
  });

  it('name many states by their count', () => {
    expect(statesPart(['CT', 'MA', 'NY', 'NJ', 'PA', 'RI'])).toBe('CT-MA-NY-NJ-PA-RI');
    expect(statesPart(['CT', 'MA', 'NY', 'NJ', 'PA', 'RI', 'VT'])).toBe('7-states');
  });

  it('keep to letters, digits, dots and hyphens, whatever the input', () => {
    expect(namePart('issue:2')).toBe('issue-2');
    expect(namePart('status:2.9')).toBe('status-2.9');
    expect(namePart('../../etc/passwd')).toBe('etc-passwd');
    expect(namePart('a <script> b')).toBe('a-script-b');
    expect(namePart('Écrit')).toBe('Ecrit');
    const stem = exportFileStem({
      view: 'goal',
      subject: '2.9/..',
      year: 2022,
      selection: ['x'.repeat(300)],
      synthetic: true,
    });
    expect(stem).toMatch(/^[A-Za-z0-9.-]+$/);
    expect(stem.length).toBeLessThanOrEqual(125);
    expect(stem.endsWith('-demo')).toBe(true);
  });
});

describe('exportLink', () => {
  it('adds the edition shown when the URL leaves it to the default, keeping the rest as written', () => {
    expect(exportLink('https://s.example/heatmap?dataset=demo&states=CT~MA', 2022)).toBe(
      'https://s.example/heatmap?dataset=demo&states=CT~MA&year=2022',
    );
    expect(exportLink('https://s.example/states/CT#goal-2.9', 2023)).toBe(
      'https://s.example/states/CT?year=2023#goal-2.9',
    );
    expect(exportLink('https://s.example/?year=2021&measure=score', 2021)).toBe(
      'https://s.example/?year=2021&measure=score',
    );
    expect(exportLink('https://s.example/scores', null)).toBe('https://s.example/scores');
  });
});
