import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { dataPath, MANIFEST_PATH, stateEvaluationPath, summaryPath } from '@/api/data-url';
import { fixture } from '../../mocks/handlers';
import ctEvaluation from '../../mocks/fixtures/state-real-2022-ct.json';
import maEvaluation from '../../mocks/fixtures/state-real-2022-ma.json';
import { server } from '../../mocks/node';
import { renderApp } from './render-app';

const ctPath = dataPath(stateEvaluationPath('real', 2022, 'CT'));

/** Connecticut's complete 2022 evaluation instead of the short default fixture. */
function serveFullConnecticut() {
  server.use(http.get(ctPath, () => HttpResponse.json(ctEvaluation)));
}

/**
 * The report is drawn in steps (one task per step); this waits for its last part, the sources. The
 * wait is generous because jsdom on a loaded 2-core machine takes seconds: a timeout, not a budget.
 */
async function reportDrawn(): Promise<void> {
  await screen.findByRole('region', { name: 'Sources' }, { timeout: 15_000 });
}

function goalSection(id: string): HTMLElement {
  const section = document.getElementById(`goal-${id}`);
  if (!section) throw new Error(`no section for goal ${id}`);
  return section;
}

describe('State page', () => {
  it('titles the report with the state and edition, and states the as-of date and score', async () => {
    serveFullConnecticut();
    renderApp('/states/CT?year=2022');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Connecticut: 2022 evaluation' }),
    ).toBeInTheDocument();
    const glance = await screen.findByRole('region', { name: 'At a glance' });
    expect(within(glance).getByText('August 1, 2022')).toHaveAttribute('datetime', '2022-08-01');
    expect(glance).toHaveTextContent('40 of 40');
    expect(glance).toHaveTextContent('38.8 of 100, over the 40 of 40 goals evaluated');
    expect(glance).toHaveTextContent('not Shared Hope’s score');
    expect(glance).toHaveTextContent(
      'Unknown: no published grade for 2022 was found in the sources.',
    );
    expect(
      within(screen.getByRole('main')).queryByText('Synthetic demo data'),
    ).not.toBeInTheDocument();
  });

  it('has a table of contents of issue areas and goals, with status glyphs, linking to anchors', async () => {
    serveFullConnecticut();
    renderApp('/states/CT?year=2022');
    const toc = await screen.findByRole('navigation', { name: 'Contents' });
    const link = within(toc).getByRole('link', {
      name: /Partly meets 2\.9 Juvenile court jurisdiction/,
    });
    expect(link).toHaveAttribute('href', '#goal-2.9');
    expect(within(toc).getByRole('link', { name: '1. Criminal Provisions' })).toHaveAttribute(
      'href',
      '#area-1',
    );
    await reportDrawn();
    expect(document.getElementById('goal-2.9')).toBeInTheDocument();
    expect(document.getElementById('area-1')).toBeInTheDocument();
  });

  it('sets quoted law apart as a blockquote, and recommendations apart with their ids', async () => {
    serveFullConnecticut();
    renderApp('/states/CT?year=2022');
    await reportDrawn();
    const goal = goalSection('1.1');
    expect(
      within(goal).getByRole('heading', { level: 3, name: /1\.1 The child sex trafficking law/ }),
    ).toBeInTheDocument();
    const quote = goal.querySelector('blockquote');
    expect(quote).toHaveTextContent(/^A person is guilty of trafficking in persons when/);
    expect(
      within(goal).getByRole('heading', { level: 4, name: 'Recommendation' }),
    ).toBeInTheDocument();
    expect(goal).toHaveTextContent(
      '1.1.1 Amend Conn. Gen. Stat. § 53a-192a (Trafficking in persons) to make the statute applicable',
    );
    // A quoted list belongs to the quotation.
    const list = goalSection('3.3').querySelector('blockquote ul');
    expect(list).toHaveTextContent(/\(1\) Provide child welfare services/);
  });

  it('links footnote markers to the footnote and back', async () => {
    serveFullConnecticut();
    renderApp('/states/CT?year=2022');
    await reportDrawn();
    const goal = goalSection('1.3');
    const marker = within(goal).getByRole('link', { name: 'Footnote 2' });
    expect(marker).toHaveAttribute('href', '#fn-goal-1-3-2');
    expect(marker.closest('sup')).not.toBeNull();
    expect(marker).toHaveAttribute('id', 'fnref-goal-1-3-2');
    // The marker sits right after the character the ref names.
    expect(marker.closest('p')?.textContent).toMatch(
      /criminalizes “advance\[ing\]2 or profit\[ing\]/,
    );
    const note = document.getElementById('fn-goal-1-3-2')!;
    expect(
      within(goal).getByRole('heading', { name: 'Footnotes to goal 1.3' }),
    ).toBeInTheDocument();
    expect(
      within(note).getByRole('link', { name: 'Back to the text citing footnote 2' }),
    ).toHaveAttribute('href', '#fnref-goal-1-3-2');
    // A footnote cited in a recommendation is linked too.
    expect(within(goalSection('2.1')).getByRole('link', { name: 'Footnote 6' })).toHaveAttribute(
      'href',
      '#fn-goal-2-1-6',
    );
  });

  it('says how each status came about, and that it is this project’s reading', async () => {
    serveFullConnecticut();
    renderApp('/states/CT?year=2022');
    await reportDrawn();
    const overridden = goalSection('2.9');
    expect(overridden).toHaveTextContent(
      'The status is this project’s reading of the report, not a rating by its publisher.',
    );
    expect(overridden).toHaveTextContent(
      'Status overridden on review (the ingest proposed “does not meet”): The verdict sentence lists only the gaps',
    );
    expect(goalSection('1.1')).toHaveTextContent(
      'Status proposed by the ingest from the report’s text and reviewed: a recommendation is made',
    );
  });

  it('shows the report’s table, and the report’s facts beside the reference data, explaining the difference', async () => {
    serveFullConnecticut();
    renderApp('/states/CT?year=2022');
    await reportDrawn();
    const goal = goalSection('2.9');
    const reportTable = within(goal).getByRole('table', {
      name: /Goal 2\.9 in the report’s table/,
    });
    expect(
      within(reportTable).getByRole('row', { name: /^Maximum Age for Charging Youth/ }),
    ).toHaveTextContent('17');
    const facts = within(goal).getByRole('table', { name: 'Juvenile court jurisdiction facts' });
    const transfer = within(facts).getByRole('row', { name: /Automatic transfer/ });
    expect(transfer).toHaveTextContent('differs');
    expect(transfer).toHaveTextContent('✓ Yes✕ No');
    expect(within(facts).getByRole('row', { name: /Minimum age/ })).not.toHaveTextContent(
      'differs',
    );
    expect(goal).toHaveTextContent(
      'The report and the reference data differ on automatic transfer / statutory exclusion.',
    );
    expect(goal).toHaveTextContent(/federal \(OJJDP\) definition/);
    const source = within(goal).getByRole('link', {
      name: 'OJJDP Statistical Briefing Book statutory exclusion table',
    });
    expect(source).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(goal).getByRole('link', { name: 'All states on goal 2.9' })).toHaveAttribute(
      'href',
      '/goals/2.9?year=2022',
    );
  });

  it('lists offences and penalties with the statute text collapsible, and the sources', async () => {
    const user = userEvent.setup();
    serveFullConnecticut();
    renderApp('/states/CT?year=2022');
    const appendix = await screen.findByRole(
      'region',
      { name: 'Offences and penalties' },
      { timeout: 15_000 },
    );
    const offence = within(appendix).getByRole('article', { name: 'Trafficking in persons' });
    expect(offence).toHaveTextContent('Conn. Gen. Stat. § 53a-192a');
    expect(offence).toHaveTextContent('ClassificationClass A felony');
    expect(offence).toHaveTextContent(
      /PenaltyA class A felony is punishable by imprisonment for 10–25 years/,
    );
    const details = offence.querySelector('details')!;
    expect(details.open).toBe(false);
    await user.click(within(offence).getByText('Text of the statute'));
    expect(details.open).toBe(true);
    expect(details.querySelector('blockquote')).toHaveTextContent(
      /\(c\) Trafficking in persons is a class A felony\./,
    );

    const sources = await screen.findByRole('region', { name: 'Sources' });
    expect(sources).toHaveTextContent('Shared Hope International, 2022 Report Cards');
    for (const link of within(sources).getAllByRole('link')) {
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
    }
  });

  it('shows the published grade of every edition, each from that edition’s summary', async () => {
    const summary2021 = fixture(summaryPath('real', 2022)) as {
      year: number;
      states: { code: string; published?: unknown }[];
    };
    summary2021.year = 2021;
    summary2021.states.find((s) => s.code === 'CT')!.published = {
      grade: 'F',
      confidence: 'medium',
      inferred: true,
    };
    server.use(http.get(dataPath(summaryPath('real', 2021)), () => HttpResponse.json(summary2021)));
    renderApp('/states/CT?year=2022');
    const grades = await screen.findByRole('table', {
      name: 'Published grades of Connecticut by edition',
    });
    const row2021 = await within(grades).findByRole('row', { name: /^2021/ });
    await waitFor(() => expect(row2021).toHaveTextContent('F'));
    expect(row2021).toHaveTextContent('inferred from the sources, not named in them');
    expect(within(row2021).getByRole('link', { name: /2021/ })).toHaveAttribute(
      'href',
      '/states/CT?year=2021',
    );
    // The row is drawn again once that edition's summary has loaded: query it afresh each time.
    await waitFor(
      () =>
        expect(
          within(
            screen.getByRole('table', { name: 'Published grades of Connecticut by edition' }),
          ).getByRole('row', { name: /^2022/ }),
        ).toHaveTextContent('Unknown'),
      { timeout: 10_000 },
    );
  });

  it('keeps the rest of the page when the evaluation fails, and retries', async () => {
    const user = userEvent.setup();
    let healthy = false;
    server.use(
      http.get(ctPath, () =>
        healthy ? HttpResponse.json(ctEvaluation) : new HttpResponse('Oops', { status: 500 }),
      ),
    );
    renderApp('/states/CT?year=2022');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the evaluation of Connecticut for 2022');
    expect(alert).toHaveTextContent('the server answered 500');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Connecticut: 2022 evaluation' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Editions of this report' })).toBeInTheDocument();
    expect(
      await screen.findByRole('table', { name: 'Published grades of Connecticut by edition' }),
    ).toBeInTheDocument();

    healthy = true;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('navigation', { name: 'Contents' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says so when the edition has no evaluation file, with links to editions that have one', async () => {
    const manifest = fixture(MANIFEST_PATH) as {
      datasets: { id: string; editions: { year: number; states: string[] }[] }[];
    };
    const real = manifest.datasets.find((d) => d.id === 'real')!;
    real.editions.find((e) => e.year === 2022)!.states = ['CT', 'NY'];
    server.use(http.get(dataPath(MANIFEST_PATH), () => HttpResponse.json(manifest)));
    renderApp('/states/MA?year=2022');
    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'No evaluation of Massachusetts in this edition',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Massachusetts: 2021 evaluation' })).toHaveAttribute(
      'href',
      '/states/MA?year=2021',
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'Massachusetts: 2022 evaluation' }),
    ).toBeInTheDocument();
  });

  it('says no edition has one for a state the dataset lacks', async () => {
    renderApp('/states/TX');
    expect(
      await screen.findByRole('heading', { name: 'No evaluation of Texas in this edition' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/No edition of this dataset has one\./)).toBeInTheDocument();
  });

  it('shows a state with nothing evaluated compactly: grades and reference facts first, no empty sections', async () => {
    server.use(
      http.get(dataPath(stateEvaluationPath('real', 2022, 'MA')), () =>
        HttpResponse.json(maEvaluation),
      ),
    );
    renderApp('/states/MA?year=2022');
    expect(
      await screen.findByText(/None of the 40 policy goals has been evaluated for Massachusetts/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Contents' })).not.toBeInTheDocument();
    const glance = screen.getByRole('region', { name: 'At a glance' });
    expect(glance).toHaveTextContent('None: no goal evaluated (not zero)');
    expect(glance).toHaveTextContent('F');
    expect(glance).toHaveTextContent('confidence high (two sources agree)');
    expect(within(glance).getByRole('link', { name: /wwlp\.com/ })).toHaveAttribute(
      'rel',
      'noopener noreferrer',
    );
    // Only goal 2.9 (reference facts) gets a section; the rest are listed in a collapsed list.
    expect(document.querySelectorAll('section.report-goal')).toHaveLength(1);
    const goal = goalSection('2.9');
    expect(goal).toHaveTextContent('Not evaluated');
    expect(
      within(goal).getByRole('table', { name: 'Juvenile court jurisdiction facts' }),
    ).toHaveTextContent('Minimum age12');
    expect(screen.getByText('All 40 goals, by issue area (none evaluated)')).toBeInTheDocument();
  });

  it('marks the demo data as synthetic', async () => {
    renderApp('/states/CT?dataset=demo&year=2022');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Connecticut: 2022 evaluation' }),
    ).toBeInTheDocument();
    const main = screen.getByRole('main');
    // The site-wide banner (a note, inside main since it is about the content) says so too; the
    // report carries its own mark.
    const marks = within(main)
      .getAllByText('Synthetic demo data')
      .filter((el) => el.closest('[role="note"]') === null);
    expect(marks).toHaveLength(1);
    expect(marks[0]).toBeVisible();
    expect(main).toHaveTextContent('State report · Synthetic demo data');
    const glance = await screen.findByRole('region', { name: 'At a glance' });
    expect(within(glance).getByText('C')).toBeInTheDocument();
    expect(glance).toHaveTextContent('Synthetic demo data (test fixture)');
    expect(goalSection('1.1')).toHaveTextContent('Synthetic demo text for goal 1.1.');
    expect(goalSection('1.1')).toHaveTextContent('Status generated for the synthetic demo data');
  });

  it('renders text from the data as text, never as markup', async () => {
    const hostile = structuredClone(ctEvaluation) as typeof ctEvaluation;
    const first = hostile.goals[0]!.analysis![0]!;
    first.text = '<b>bold</b><img src=x onerror="alert(1)"> and more';
    server.use(http.get(ctPath, () => HttpResponse.json(hostile)));
    renderApp('/states/CT?year=2022');
    await reportDrawn();
    const goal = goalSection('1.1');
    expect(goal).toHaveTextContent('<b>bold</b><img src=x onerror="alert(1)"> and more');
    expect(goal.querySelector('b, img')).toBeNull();
  });

  it('prints with the statute texts open', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    serveFullConnecticut();
    renderApp('/states/CT?year=2022');
    await screen.findByRole('region', { name: 'Offences and penalties' }, { timeout: 15_000 });
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledTimes(1);
    const details = [...document.querySelectorAll('.report details')] as HTMLDetailsElement[];
    expect(details.length).toBeGreaterThan(0);
    expect(details.every((d) => d.open)).toBe(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(details.every((d) => !d.open)).toBe(true);
    print.mockRestore();
  });
  it('draws the goal an address names with the first view of the report', async () => {
    serveFullConnecticut();
    renderApp('/states/CT?year=2022#goal-6.4');
    await screen.findByRole('navigation', { name: 'Contents' });
    // No waiting for later parts: the fragment's target must exist for the browser to land on it.
    expect(document.getElementById('goal-6.4')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Sources' })).toBeInTheDocument();
  });

  it('draws the rest of the report at once when a contents link is followed', async () => {
    const user = userEvent.setup();
    serveFullConnecticut();
    renderApp('/states/CT?year=2022');
    const toc = await screen.findByRole('navigation', { name: 'Contents' });
    const target = () => document.getElementById('area-6');
    const link = within(toc).getByRole('link', { name: /^6\. / });
    await user.click(link);
    expect(target()).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Sources' })).toBeInTheDocument();
  });

  it('prints the whole report, even before it has all been drawn', async () => {
    serveFullConnecticut();
    renderApp('/states/CT?year=2022');
    await screen.findByRole('navigation', { name: 'Contents' });
    window.dispatchEvent(new Event('beforeprint'));
    expect(screen.getByRole('region', { name: 'Sources' })).toBeInTheDocument();
    const appendix = screen.getByRole('region', { name: 'Offences and penalties' });
    const details = [...appendix.querySelectorAll('details')];
    expect(details.length).toBeGreaterThan(0);
    expect(details.every((d) => d.open)).toBe(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(details.every((d) => !d.open)).toBe(true);
  });

  it('folds an issue area to its counts, and unfolds it again', async () => {
    const user = userEvent.setup();
    serveFullConnecticut();
    renderApp('/states/CT?year=2022');
    await reportDrawn();
    const toggle = screen.getByRole('button', { name: /Issue area 2 Identification/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(document.getElementById('goal-2.9')).not.toBeInTheDocument();
    const area = screen.getByRole('region', { name: /Issue area 2 Identification/ });
    expect(area).toHaveTextContent('11 goals folded: Partly meets 4, Does not meet 7.');
    await user.click(toggle);
    expect(goalSection('2.9')).toBeInTheDocument();
  });

  it('goes to any goal from the section navigator, unfolding its area first', async () => {
    const user = userEvent.setup();
    serveFullConnecticut();
    renderApp('/states/CT?year=2022');
    const nav = await screen.findByRole('navigation', { name: 'Sections of this report' });
    await user.click(within(nav).getByRole('button', { name: 'Fold all' }));
    expect(document.getElementById('goal-2.9')).not.toBeInTheDocument();
    expect(within(nav).getByRole('button', { name: 'Unfold all' })).toBeInTheDocument();
    const select = within(nav).getByRole('combobox', { name: 'Go to' });
    expect(
      within(select).getByRole('option', { name: /^2\.9 \(Partly meets\) Juvenile court/ }),
    ).toBeInTheDocument();
    await user.selectOptions(select, 'goal-2.9');
    expect(window.location.hash).toBe('#goal-2.9');
    expect(goalSection('2.9')).toBeInTheDocument();
    // Only the area it went to is unfolded.
    expect(screen.getByRole('button', { name: /Issue area 1 Criminal/ })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    expect(screen.getByRole('region', { name: 'Sources' })).toBeInTheDocument();
  });

  it('prints folded issue areas unfolded', async () => {
    const user = userEvent.setup();
    serveFullConnecticut();
    renderApp('/states/CT?year=2022');
    await reportDrawn();
    await user.click(screen.getByRole('button', { name: /Issue area 3 Continuum/ }));
    expect(document.getElementById('goal-3.1')).not.toBeInTheDocument();
    window.dispatchEvent(new Event('beforeprint'));
    expect(goalSection('3.1')).toBeInTheDocument();
    window.dispatchEvent(new Event('afterprint'));
  });
});
