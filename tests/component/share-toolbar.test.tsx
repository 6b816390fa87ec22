import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataPath, MANIFEST_PATH, summaryPath } from '@/api/data-url';
import { fixture } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { currentUrl, renderApp } from './render-app';

const ORIGIN = window.location.origin;

/** The browser's clipboard, which the Share button uses: present and working, refusing, or absent. */
function mockClipboard(mode: 'ok' | 'refused' | 'absent') {
  const writeText = vi.fn(async (text: string) => {
    if (mode === 'refused') throw new DOMException('Write permission denied.', 'NotAllowedError');
    return text.length > 0 ? undefined : undefined;
  });
  Object.defineProperty(window.navigator, 'clipboard', {
    configurable: true,
    value: mode === 'absent' ? undefined : { writeText },
  });
  return writeText;
}

afterEach(() => {
  Object.defineProperty(window.navigator, 'clipboard', { configurable: true, value: undefined });
});

async function shareButton() {
  return screen.findByRole('button', { name: 'Share a link to this view' });
}

describe('Share', () => {
  it('copies a link that pins the edition, dataset and the view’s defaults, and says so', async () => {
    const user = userEvent.setup();
    const writeText = mockClipboard('ok');
    renderApp('/heatmap?states=CT~MA');
    await screen.findByRole('grid');
    await user.click(await shareButton());
    const link = `${ORIGIN}/heatmap?v=1&dataset=real&year=2022&states=CT~MA&sort=score`;
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(link));
    expect(await screen.findByText('Link copied')).toBeVisible();
    const field = screen.getByRole('textbox', { name: /Link to this view/ });
    expect(field).toHaveValue(link);
    expect(field).toHaveAttribute('readonly');
    // The app's own address stays readable.
    expect(currentUrl()).toBe('/heatmap?states=CT~MA');
  });

  it('pins the overview’s default measure for the data shown', async () => {
    const user = userEvent.setup();
    const writeText = mockClipboard('ok');
    renderApp('/?dataset=demo');
    await screen.findByRole('heading', { level: 1 });
    await user.click(await shareButton());
    await waitFor(() =>
      expect(writeText).toHaveBeenCalledWith(`${ORIGIN}/?v=1&dataset=demo&year=2022&measure=score`),
    );
  });

  it('when the clipboard refuses: shows the link in a selected field to copy by hand', async () => {
    const user = userEvent.setup();
    mockClipboard('refused');
    renderApp('/compare?states=CT~MA&diff=1');
    await user.click(await shareButton());
    const field = await screen.findByRole('textbox', { name: /Link to this view/ });
    const link = `${ORIGIN}/compare?v=1&dataset=real&year=2022&states=CT~MA&diff=1`;
    expect(field).toHaveValue(link);
    await waitFor(() => expect(field).toHaveFocus());
    const input = field as HTMLInputElement;
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, link.length]);
    expect(screen.getByText(/Copying was not allowed here/)).toBeVisible();
    expect(screen.queryByText('Link copied')).not.toBeInTheDocument();
  });

  it('when there is no Clipboard API: the same fallback; Escape closes it, back on the button', async () => {
    const user = userEvent.setup();
    mockClipboard('absent');
    renderApp('/states/CT');
    const button = await shareButton();
    await user.click(button);
    const field = await screen.findByRole('textbox', { name: /Link to this view/ });
    expect(field).toHaveValue(`${ORIGIN}/states/CT?v=1&dataset=real&year=2022`);
    await waitFor(() => expect(field).toHaveFocus());
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox', { name: /Link to this view/ })).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('selects the whole link when the field gets focus', async () => {
    const user = userEvent.setup();
    mockClipboard('ok');
    renderApp('/scores?weights=2.9:2');
    await user.click(await shareButton());
    const field = (await screen.findByRole('textbox', {
      name: /Link to this view/,
    })) as HTMLInputElement;
    // The link was copied, so focus stays on the button; the field selects all when reached.
    expect(field).not.toHaveFocus();
    field.setSelectionRange(0, 0);
    await user.tab();
    expect(field).toHaveFocus();
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
  });

  it('is on every view but the not-found page; Embed only where there is a chart to embed', async () => {
    const cases: [string, boolean][] = [
      ['/', true],
      ['/heatmap', true],
      ['/scores', true],
      ['/compare', true],
      ['/goals/2.9', true],
      ['/states/CT', false],
      ['/about', false],
    ];
    for (const [url, hasEmbed] of cases) {
      const { unmount } = renderApp(url);
      expect(await shareButton(), url).toBeInTheDocument();
      const embed = screen.queryByRole('button', { name: 'Embed this chart' });
      if (hasEmbed) expect(embed, url).toBeInTheDocument();
      else expect(embed, url).not.toBeInTheDocument();
      unmount();
    }
    renderApp('/nowhere');
    await screen.findByRole('heading', { name: 'Page not found' });
    expect(screen.queryByRole('button', { name: 'Share a link to this view' })).toBeNull();
  });
});

describe('Embed', () => {
  it('opens a panel with theme and height options and a snippet that follows them', async () => {
    const user = userEvent.setup();
    const writeText = mockClipboard('ok');
    renderApp('/heatmap?states=CT~MA');
    const button = await screen.findByRole('button', { name: 'Embed this chart' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByRole('group', { name: 'Embed this chart' });
    const code = within(panel).getByRole('textbox', { name: 'HTML to paste into your page' });
    const src = `${ORIGIN}/embed/heatmap?v=1&dataset=real&year=2022&states=CT~MA&sort=score`;
    expect((code as HTMLTextAreaElement).value).toBe(
      `<iframe src="${src.replace(/&/g, '&amp;')}&amp;theme=auto" title="Policy goals met, by state, 2022 — Statewise" loading="lazy" width="100%" height="480" style="border:0;width:100%" data-statewise-embed></iframe>\n<script src="${ORIGIN}/embed-resize.js" async></script>`,
    );

    await user.click(within(panel).getByRole('radio', { name: 'Dark' }));
    const height = within(panel).getByRole('spinbutton', {
      name: /Height without the resize script/,
    });
    await user.clear(height);
    await user.type(height, '640');

    // What a host's browser makes of it: an iframe with exactly these attributes.
    const html = (code as HTMLTextAreaElement).value;
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const iframe = doc.querySelector('iframe')!;
    expect(iframe.getAttribute('src')).toBe(`${src}&theme=dark`);
    expect(iframe.getAttribute('title')).toBe('Policy goals met, by state, 2022 — Statewise');
    expect(iframe.getAttribute('loading')).toBe('lazy');
    expect(iframe.getAttribute('width')).toBe('100%');
    expect(iframe.getAttribute('height')).toBe('640');
    expect(iframe.hasAttribute('data-statewise-embed')).toBe(true);
    expect(doc.querySelector('script')!.getAttribute('src')).toBe(`${ORIGIN}/embed-resize.js`);
    expect(within(panel).getByRole('link', { name: /Preview the embed/ })).toHaveAttribute(
      'href',
      `${src}&theme=dark`,
    );

    await user.click(within(panel).getByRole('button', { name: 'Copy code' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(html));
    expect(within(panel).getByText('Embed code copied')).toBeVisible();

    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('keeps the height in bounds and says so', async () => {
    const user = userEvent.setup();
    renderApp('/scores');
    await user.click(await screen.findByRole('button', { name: 'Embed this chart' }));
    const panel = screen.getByRole('group', { name: 'Embed this chart' });
    const height = within(panel).getByRole('spinbutton', { name: /Height/ });
    await user.clear(height);
    await user.type(height, '20');
    const code = within(panel).getByRole('textbox', { name: /HTML/ }) as HTMLTextAreaElement;
    expect(code.value).toContain('height="150"');
    expect(within(panel).getByText(/The code uses 150 px/)).toBeInTheDocument();
  });

  it('for demo data, names it in the title and says the synthetic mark stays', async () => {
    const user = userEvent.setup();
    renderApp('/goals/2.9?dataset=demo&states=CT');
    await user.click(await screen.findByRole('button', { name: 'Embed this chart' }));
    const panel = screen.getByRole('group', { name: 'Embed this chart' });
    expect(within(panel).getByText(/always carries the “synthetic demo data” mark/)).toBeVisible();
    const code = within(panel).getByRole('textbox', { name: /HTML/ }) as HTMLTextAreaElement;
    expect(code.value).toContain(
      'title="Ages of juvenile court jurisdiction by state (policy goal 2.9), 2022 (synthetic demo data) — Statewise"',
    );
    expect(code.value).toContain(
      '/embed/goals/2.9?v=1&amp;dataset=demo&amp;year=2022&amp;states=CT&amp;sort=min-age&amp;theme=auto',
    );
  });

  it('one popover at a time: opening Share closes Embed; a press outside closes it', async () => {
    const user = userEvent.setup();
    mockClipboard('ok');
    renderApp('/compare?states=CT~MA');
    const embed = await screen.findByRole('button', { name: 'Embed this chart' });
    await user.click(embed);
    expect(embed).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByRole('button', { name: 'Share a link to this view' }));
    expect(embed).toHaveAttribute('aria-expanded', 'false');
    expect(await screen.findByText('Link copied')).toBeVisible();
    await user.click(screen.getByRole('heading', { level: 1 }));
    expect(screen.queryByText('Link copied')).not.toBeInTheDocument();
  });

  it('tabbing out of a popover closes it', async () => {
    const user = userEvent.setup();
    mockClipboard('ok');
    renderApp('/scores');
    const embed = await screen.findByRole('button', { name: 'Embed this chart' });
    await user.click(embed);
    const panel = screen.getByRole('group', { name: 'Embed this chart' });
    const close = within(panel).getByRole('button', { name: 'Close' });
    close.focus();
    await user.tab();
    expect(embed).toHaveAttribute('aria-expanded', 'false');
    expect(panel).not.toBeVisible();
  });
});

describe('Cite', () => {
  const citeButton = () => screen.findByRole('button', { name: 'Cite this view' });

  it('gives a formatted reference and BibTeX with the pinned link, each with a Copy button', async () => {
    const user = userEvent.setup();
    const writeText = mockClipboard('ok');
    renderApp('/heatmap?states=CT~MA');
    await screen.findByRole('grid');
    const button = await citeButton();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    await waitFor(() => expect(button).toHaveAttribute('aria-expanded', 'true'));
    const panel = screen.getByRole('group', { name: 'Cite this view' });
    const link = `${ORIGIN}/heatmap?v=1&dataset=real&year=2022&states=CT~MA&sort=score`;
    const reference = within(panel).getByRole('textbox', { name: 'Reference' });
    expect((reference as HTMLTextAreaElement).value).toMatch(
      new RegExp(
        `^Statewise \\(\\d{4}\\)\\. Policy goals met, by state, 2022 \\[data view\\]\\. Data: Shared Hope International, 2022 Report Cards on Child & Youth Sex Trafficking; report data as of 2022-08-01\\. ${link.replace(/[?.]/g, '\\$&')}\\. Accessed \\d{4}-\\d{2}-\\d{2}\\.$`,
      ),
    );
    const bibtex = (within(panel).getByRole('textbox', { name: 'BibTeX' }) as HTMLTextAreaElement)
      .value;
    expect(bibtex).toMatch(/^@misc\{statewise\d{4}-policy-goals-met-by-state-2022,\n/);
    expect(bibtex).toContain(`url          = {${link}},`);
    expect(bibtex).toContain('author       = {{Statewise}},');

    await user.click(within(panel).getByRole('button', { name: 'Copy reference' }));
    await waitFor(() =>
      expect(writeText).toHaveBeenCalledWith((reference as HTMLTextAreaElement).value),
    );
    expect(within(panel).getByText('Reference copied')).toBeVisible();
    await user.click(within(panel).getByRole('button', { name: 'Copy BibTeX' }));
    await waitFor(() => expect(writeText).toHaveBeenLastCalledWith(bibtex));
    expect(within(panel).getByText('BibTeX entry copied')).toBeVisible();

    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('is used from the keyboard; without the clipboard the text is selected to copy by hand', async () => {
    const user = userEvent.setup();
    mockClipboard('refused');
    renderApp('/compare?states=CT~MA&diff=1');
    const button = await citeButton();
    button.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(button).toHaveAttribute('aria-expanded', 'true'));
    const panel = screen.getByRole('group', { name: 'Cite this view' });
    const reference = within(panel).getByRole('textbox', { name: 'Reference' });
    expect((reference as HTMLTextAreaElement).value).toContain(
      'Connecticut and Massachusetts compared, 2022 [data view]',
    );
    // The panel follows its button in the tab order.
    await user.tab();
    expect(reference).toHaveFocus();
    await user.tab();
    expect(within(panel).getByRole('button', { name: 'Copy reference' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await within(panel).findByText(/Copying was not allowed here/)).toBeVisible();
    await waitFor(() => expect(reference).toHaveFocus());
    const area = reference as HTMLTextAreaElement;
    expect([area.selectionStart, area.selectionEnd]).toEqual([0, area.value.length]);
  });

  it('says synthetic demo data in the reference of demo data', async () => {
    const user = userEvent.setup();
    mockClipboard('ok');
    renderApp('/?dataset=demo');
    await screen.findByRole('heading', { level: 1 });
    await user.click(await citeButton());
    const panel = await screen.findByRole('group', { name: 'Cite this view' });
    const text = (within(panel).getByRole('textbox', { name: 'Reference' }) as HTMLTextAreaElement)
      .value;
    expect(text).toContain('(synthetic demo data) [data view]');
    expect(text).toContain('Data: synthetic demo data generated by Statewise');
    expect(text).toContain(`${ORIGIN}/?v=1&dataset=demo&year=2022&measure=score.`);
    expect(within(panel).getByText(/This is synthetic demo data/)).toBeVisible();
  });

  it('opens by itself on a page opened at #cite (an embed’s link to the citation)', async () => {
    mockClipboard('ok');
    renderApp('/goals/2.9?year=2022#cite');
    const panel = await screen.findByRole('group', { name: 'Cite this view' });
    await waitFor(() =>
      expect(
        (within(panel).getByRole('textbox', { name: 'Reference' }) as HTMLTextAreaElement).value,
      ).toMatch(/^Statewise \(\d{4}\)\. Policy goal 2\.9: .+, by state, 2022 \[data view\]/),
    );
    // Made before the framework had loaded: it waited for it, so the link pins the goal's order.
    expect(
      (within(panel).getByRole('textbox', { name: 'Reference' }) as HTMLTextAreaElement).value,
    ).toMatch(/\/goals\/2\.9\?v=1&dataset=real&year=2022&sort=[a-z-]+\. Accessed /);
    expect(screen.getByRole('button', { name: 'Cite this view' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });
});

describe('Embed of a goal page: which chart', () => {
  it('chooses the goal’s typed-fact chart or its status map; snippet, title and preview follow', async () => {
    const user = userEvent.setup();
    mockClipboard('ok');
    renderApp('/goals/2.9?year=2022');
    await user.click(await screen.findByRole('button', { name: 'Embed this chart' }));
    const panel = screen.getByRole('group', { name: 'Embed this chart' });
    const charts = within(panel).getByRole('group', { name: 'Chart' });
    const ages = within(charts).getByRole('radio', { name: 'Ages of juvenile court jurisdiction' });
    const status = within(charts).getByRole('radio', { name: 'Status by state (map)' });
    expect(ages).toBeChecked();
    const code = () =>
      new DOMParser()
        .parseFromString(
          (within(panel).getByRole('textbox', { name: /HTML to paste/ }) as HTMLTextAreaElement)
            .value,
          'text/html',
        )
        .querySelector('iframe')!;
    expect(code().getAttribute('src')).not.toContain('chart=');
    expect(code().getAttribute('title')).toBe(
      'Ages of juvenile court jurisdiction by state (policy goal 2.9), 2022 — Statewise',
    );

    await user.click(status);
    expect(status).toBeChecked();
    expect(code().getAttribute('src')).toMatch(
      /^.+\/embed\/goals\/2\.9\?v=1&.+&theme=auto&chart=status$/,
    );
    expect(code().getAttribute('title')).toMatch(
      /^Policy goal 2\.9: .+, by state, 2022 — Statewise$/,
    );
    expect(within(panel).getByText(/^Policy goal 2\.9: .+, by state, 2022$/)).toBeVisible();
    expect(within(panel).getByRole('link', { name: /Preview the embed/ })).toHaveAttribute(
      'href',
      code().getAttribute('src'),
    );
  });

  it('offers no choice where the goal has only its status map', async () => {
    const user = userEvent.setup();
    renderApp('/goals/1.1?year=2022');
    await user.click(await screen.findByRole('button', { name: 'Embed this chart' }));
    const panel = screen.getByRole('group', { name: 'Embed this chart' });
    expect(within(panel).queryByRole('group', { name: 'Chart' })).toBeNull();
  });
});

describe('links across URL versions, in the app', () => {
  it('opens a shared v1 link as it is, and keeps it versioned while moving around', async () => {
    const user = userEvent.setup();
    const shared = '/heatmap?v=1&dataset=real&year=2022&states=CT~MA&sort=score';
    renderApp(shared);
    await screen.findByRole('grid');
    expect(currentUrl()).toBe(shared);
    await user.click(screen.getByRole('link', { name: 'Compare' }));
    expect(currentUrl()).toBe('/compare?v=1&dataset=real&year=2022&states=CT~MA');
  });

  it('reads a newer link format with the current rules and says so, until the view changes', async () => {
    const user = userEvent.setup();
    renderApp('/heatmap?v=99&year=2022&states=CT&shape=hex');
    expect(await screen.findByRole('note')).toHaveTextContent(/newer link format \(v99\)/);
    await waitFor(() =>
      expect(currentUrl()).toBe('/heatmap?v=99&dataset=real&year=2022&states=CT'),
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort states by' }), 'name');
    expect(currentUrl()).toBe('/heatmap?v=1&dataset=real&year=2022&states=CT&sort=name');
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  describe('once a default has changed since v0 (a newer evaluated edition)', () => {
    function newerEdition() {
      const manifest = fixture(MANIFEST_PATH) as {
        datasets: { id: string; editions: Record<string, unknown>[] }[];
      };
      const real = manifest.datasets.find((d) => d.id === 'real')!;
      real.editions.push({
        ...real.editions.find((e) => e.year === 2022),
        year: 2023,
        summary: summaryPath('real', 2023),
        hash: 'fixture-real-2023',
      });
      const summary2023 = fixture(summaryPath('real', 2022)) as { year: number };
      summary2023.year = 2023;
      server.use(
        http.get(dataPath(MANIFEST_PATH), () => HttpResponse.json(manifest)),
        http.get(dataPath(summaryPath('real', 2023)), () => HttpResponse.json(summary2023)),
      );
    }

    it('an old link keeps its edition: it is migrated to v1 with the v0 defaults pinned', async () => {
      newerEdition();
      renderApp('/heatmap?states=CT~MA');
      await waitFor(() =>
        expect(currentUrl()).toBe('/heatmap?v=1&dataset=real&year=2022&states=CT~MA&sort=score'),
      );
      expect(screen.getByRole('combobox', { name: 'Edition' })).toHaveValue('2022');
    });

    it('a page address without parameters opens the new default, and the app writes it out', async () => {
      const user = userEvent.setup();
      newerEdition();
      renderApp('/heatmap');
      const edition = await screen.findByRole('combobox', { name: 'Edition' });
      await waitFor(() => expect(edition).toHaveValue('2023'));
      expect(currentUrl()).toBe('/heatmap');
      await screen.findByRole('grid');
      await user.selectOptions(screen.getByRole('combobox', { name: 'Sort states by' }), 'name');
      // Without v, this would read as v0 (2022) on reload: the changed default is spelled out.
      expect(currentUrl()).toBe('/heatmap?year=2023&sort=name');
    });
  });
});
