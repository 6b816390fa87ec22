import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataPath, summaryPath } from '@/api/data-url';
import { EmbedApp } from '@/app/embed-app';
import { createQueryClient } from '@/app/query-client';
import { server } from '../../mocks/node';
import { parseRfc4180 } from '../fixtures/rfc4180';
import { currentUrl } from './render-app';

/** Renders the embed app at a URL, as an iframe opening it would. */
function renderEmbed(url: string) {
  window.history.replaceState(null, '', url);
  return render(<EmbedApp queryClient={createQueryClient({ retry: false })} />);
}

function linkBack() {
  return screen.getByRole('link', { name: /interactive view on Statewise/ });
}

afterEach(() => {
  document.documentElement.removeAttribute('data-theme');
});

describe('Embeds', () => {
  it('draws the overview map alone: title, subtitle, source, mark, link back; no app chrome', async () => {
    renderEmbed('/embed/overview?dataset=demo&year=2022&measure=score&states=CT');
    const figure = await screen.findByRole('figure', { name: 'Coverage score by state' });
    expect(
      within(figure).getByText(/Coverage score, 2022 edition, synthetic demo data/),
    ).toBeVisible();
    expect(within(figure).getByText(/^Source: synthetic demo data/)).toBeVisible();
    expect(within(figure).getByText('Synthetic demo data')).toBeVisible();
    expect(screen.getByRole('main')).toContainElement(figure);
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.queryByRole('banner')).toBeNull();
    expect(screen.queryByRole('contentinfo')).toBeNull();
    expect(screen.queryByRole('combobox')).toBeNull();
    const link = linkBack();
    expect(link).toHaveAttribute('href', '/?dataset=demo&year=2022&measure=score&states=CT');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener');
    expect(document.title).toBe('Map — Statewise');
  });

  it('keeps the table alternative one button away', async () => {
    renderEmbed('/embed/overview?dataset=demo&year=2022');
    const figure = await screen.findByRole('figure');
    await userEvent.click(within(figure).getByRole('button', { name: 'Table' }));
    expect(within(figure).getByRole('table')).toBeInTheDocument();
    expect(within(figure).getByRole('rowheader', { name: 'Connecticut' })).toBeInTheDocument();
  });

  it('applies the theme the link names, and follows the system without one', async () => {
    renderEmbed('/embed/overview?theme=dark');
    await screen.findByRole('figure');
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
  });

  it('leaves the theme to the reader’s system by default', async () => {
    document.documentElement.dataset.theme = 'light';
    renderEmbed('/embed/overview?theme=sepia');
    await screen.findByRole('figure');
    expect(document.documentElement).not.toHaveAttribute('data-theme');
  });

  it('cleans the view parameters through the app’s codec, keeping its own out of the link', async () => {
    renderEmbed('/embed/heatmap?dataset=demo&year=2022&states=CT~ZZ&goals=99.9&theme=light&x=1');
    expect(
      await screen.findByRole('figure', { name: 'Policy goals met, by state' }),
    ).toBeInTheDocument();
    expect(linkBack()).toHaveAttribute('href', '/heatmap?dataset=demo&year=2022&states=CT');
    // The embed does not rewrite its own address: the host chose it.
    expect(currentUrl()).toBe(
      '/embed/heatmap?dataset=demo&year=2022&states=CT~ZZ&goals=99.9&theme=light&x=1',
    );
  });

  it('embeds the score ranking with the link’s what-if weights', async () => {
    renderEmbed('/embed/scores?dataset=demo&year=2022&weights=1.1:3');
    expect(
      await screen.findByRole('figure', {
        name: 'Coverage score by state, 2022 — with what-if weights',
      }),
    ).toBeInTheDocument();
    expect(linkBack()).toHaveAttribute('href', '/scores?dataset=demo&year=2022&weights=1.1:3');
  });

  it('says there is no score rather than drawing zeros', async () => {
    renderEmbed('/embed/scores?year=2021');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Coverage score by state, 2021',
    );
    expect(screen.getByText(/unknown, not zero/)).toBeVisible();
  });

  it('embeds the compare table of the link’s states', async () => {
    renderEmbed('/embed/compare?dataset=demo&year=2022&states=CT~MA&diff=1');
    const figure = await screen.findByRole('figure', {
      name: 'Goal by goal: Connecticut and Massachusetts',
    });
    expect(
      within(figure).getByText(/Showing the \d+ of 40 goals where the states differ/),
    ).toBeVisible();
    expect(within(figure).getByText('Synthetic demo data')).toBeVisible();
  });

  it('embeds only the goals the compare link chooses', async () => {
    renderEmbed('/embed/compare?dataset=demo&year=2022&states=CT~MA&goals=1.1~4.6');
    const figure = await screen.findByRole('figure', {
      name: 'Goal by goal: Connecticut and Massachusetts',
    });
    expect(within(figure).getByText(/^Showing 2 of 40 goals, the goals chosen; /)).toBeVisible();
    const table = within(figure).getByRole('table', { name: /Status of each policy goal/ });
    expect(
      within(table)
        .getAllByRole('rowheader', { name: /^\d+\.\d+ / })
        .map((h) => h.textContent?.split(' ')[0]),
    ).toEqual(['1.1', '4.6']);
  });

  it('asks for states when the compare link names fewer than two', async () => {
    renderEmbed('/embed/compare?states=CT');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Compare states' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/it names only Connecticut/)).toBeVisible();
  });

  it('embeds the juvenile court age chart for goal 2.9, and its status map on request', async () => {
    const { unmount } = renderEmbed('/embed/goals/2.9?year=2022');
    expect(
      await screen.findByRole('figure', { name: 'Ages of juvenile court jurisdiction' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Policy goal 2.9 — Statewise');
    unmount();
    renderEmbed('/embed/goals/2.9?year=2022&chart=status');
    expect(
      await screen.findByRole('figure', { name: 'Goal 2.9: status by state' }),
    ).toBeInTheDocument();
    expect(linkBack()).toHaveAttribute('href', '/goals/2.9?year=2022');
  });

  it('sorts in place, replacing the history entry and keeping its own parameters', async () => {
    renderEmbed('/embed/goals/2.9?year=2022&theme=dark&embedId=ages');
    const figure = await screen.findByRole('figure', {
      name: 'Ages of juvenile court jurisdiction',
    });
    const entries = window.history.length;
    await userEvent.click(within(figure).getByRole('button', { name: 'Name' }));
    expect(currentUrl()).toBe('/embed/goals/2.9?year=2022&sort=name&theme=dark&embedId=ages');
    expect(window.history.length).toBe(entries);
    expect(within(figure).getByRole('button', { name: 'Name' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('says so for a goal the framework does not have', async () => {
    renderEmbed('/embed/goals/9.9');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'No policy goal 9.9' }),
    ).toBeInTheDocument();
  });

  it('says so for a path with nothing to embed', async () => {
    renderEmbed('/embed/states/CT');
    expect(
      await screen.findByRole('heading', { name: 'Nothing to embed here' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
  });

  it('shows a failed file in the embed with a retry, and keeps the link back', async () => {
    server.use(
      http.get(dataPath(summaryPath('demo', 2022)), () => new HttpResponse(null, { status: 500 })),
    );
    renderEmbed('/embed/overview?dataset=demo&year=2022');
    expect(await screen.findByRole('alert')).toHaveTextContent(/Could not load/);
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(linkBack()).toHaveAttribute('href', '/?dataset=demo&year=2022');
  });

  it('keeps a shared (versioned) embed link versioned, in the link back and when sorting', async () => {
    renderEmbed('/embed/goals/2.9?v=1&dataset=real&year=2022&sort=min-age&theme=auto');
    const figure = await screen.findByRole('figure', {
      name: 'Ages of juvenile court jurisdiction',
    });
    expect(linkBack()).toHaveAttribute(
      'href',
      '/goals/2.9?v=1&dataset=real&year=2022&sort=min-age',
    );
    await userEvent.click(within(figure).getByRole('button', { name: 'Maximum age' }));
    expect(currentUrl()).toBe('/embed/goals/2.9?v=1&dataset=real&year=2022&sort=max-age');
  });
});

describe('An embed’s “Get the data”', () => {
  /** Files the embed hands the browser: the download machinery mocked, the file kept. */
  function captureDownloads(): { name: string; blob: Blob }[] {
    const saved: { name: string; blob: Blob }[] = [];
    const blobs = new Map<string, Blob>();
    let n = 0;
    URL.createObjectURL = vi.fn((blob: Blob) => {
      const url = `blob:test/${(n += 1)}`;
      blobs.set(url, blob);
      return url;
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      const blob = blobs.get(this.href);
      if (this.download && blob) saved.push({ name: this.download, blob });
    });
    return saved;
  }

  afterEach(() => {
    vi.restoreAllMocks();
  });

  const ORIGIN = window.location.origin;

  it('downloads the CSV of what the chart shows, header first, and gives its citation', async () => {
    const saved = captureDownloads();
    const opened = vi.spyOn(window, 'open').mockReturnValue(null);
    const user = userEvent.setup();
    renderEmbed('/embed/heatmap?dataset=demo&year=2022&states=CT~MA&issues=2');
    await screen.findByRole('grid');
    const disclosure = screen.getByText('Get the data', { selector: 'summary' });
    await user.click(disclosure);
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe('heatmap-2022-CT-MA-issues-2-demo.csv');
    const [header, ...rows] = parseRfc4180(await saved[0]!.blob.text());
    expect(header?.slice(0, 3)).toEqual(['State', 'Code', 'Goal 2.1']);
    expect(header).not.toContain('Goal 1.1');
    expect(rows.map((r) => r[1])).toEqual(expect.arrayContaining(['CT', 'MA']));
    expect(rows).toHaveLength(2);
    // A download, not a page: the embed's links-open-a-new-tab rule leaves it alone.
    expect(opened).not.toHaveBeenCalled();
    expect(
      await screen.findByText('Downloaded heatmap-2022-CT-MA-issues-2-demo.csv'),
    ).toBeVisible();

    const link = `${ORIGIN}/heatmap?v=1&dataset=demo&year=2022&states=CT~MA&issues=2&sort=score`;
    expect(
      screen.getByText(
        /^Statewise \(\d{4}\)\. Policy goals met, by state, 2022 \(synthetic demo data\) \[data view\]\./,
      ),
    ).toHaveTextContent(`${link}. Accessed`);
    const more = screen.getByRole('link', { name: /JSON, ZIP and BibTeX on Statewise/ });
    expect(more).toHaveAttribute('href', `${link}#cite`);
    expect(more).toHaveAttribute('target', '_blank');
    expect(more).toHaveAttribute('rel', 'noopener');
  });

  it('is on every embed, for the chart it shows (a goal’s status map on request)', async () => {
    const user = userEvent.setup();
    for (const [url, file] of [
      ['/embed/overview?dataset=demo&year=2022', /^overview-2022-score.*-demo\.csv$/],
      ['/embed/scores?dataset=demo&year=2022', /^scores-2022-coverage-demo\.csv$/],
      ['/embed/compare?dataset=demo&year=2022&states=CT~MA', /^compare-2022-CT-MA.*-demo\.csv$/],
      ['/embed/goals/2.9?year=2022', /^goal-2\.9-2022-ages.*\.csv$/],
      ['/embed/goals/2.9?year=2022&chart=status', /^goal-2\.9-2022-status.*\.csv$/],
    ] as const) {
      const { unmount } = renderEmbed(url);
      await screen.findAllByRole('figure');
      await user.click(await screen.findByText('Get the data', { selector: 'summary' }));
      const detail = await screen.findByText(/: the rows this chart shows, a header row first/);
      expect(detail.textContent?.split(':')[0], url).toMatch(file);
      expect(screen.getByRole('button', { name: 'Copy citation' })).toBeEnabled();
      unmount();
    }
  });
});
