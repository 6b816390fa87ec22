import { act, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataPath, MANIFEST_PATH, summaryPath } from '@/api/data-url';
import { DEFAULT_TIMEOUT_MS } from '@/api/fetch-json';
import { App } from '@/app/app';
import { createQueryClient, worstCaseLoadMs } from '@/app/query-client';
import { SLOW_NOTICE_MS } from '@/components/query-panel';
import { neverAnswering } from '../../mocks/handlers';
import { server } from '../../mocks/node';

/*
 * A file that never answers, with the app's own query client (its timeout and its one retry):
 * the panel first shows its skeleton, says after SLOW_NOTICE_MS that it is still loading and
 * names what, and shows the message with Retry within 20 s in all. Time is fake and moved by the
 * test (it also runs on by itself, so the app's own waits work): nothing measures the clock.
 */
const SUMMARY = summaryPath('real', 2022);

afterEach(() => {
  vi.useRealTimers();
});

function countRequests(path: string): () => number {
  let count = 0;
  server.events.on('request:start', ({ request }) => {
    if (new URL(request.url).pathname === dataPath(path)) count += 1;
  });
  return () => count;
}

const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

describe('a file that never answers', () => {
  it('is budgeted: two attempts and the pause between them end within 20 s', () => {
    expect(SLOW_NOTICE_MS).toBe(5_000);
    expect(SLOW_NOTICE_MS).toBeLessThan(DEFAULT_TIMEOUT_MS);
    expect(worstCaseLoadMs()).toBeLessThanOrEqual(20_000);
  });

  it('says after 5 s that it is still loading and what, then fails with Retry within 20 s', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    server.use(neverAnswering(SUMMARY));
    const requests = countRequests(SUMMARY);
    window.history.replaceState(null, '', '/heatmap?year=2022');
    render(<App queryClient={createQueryClient()} />);

    const skeleton = await screen.findByRole('status', {
      name: 'Loading the edition summary for 2022',
    });
    const panel = skeleton.parentElement!;
    const notice = () => panel.querySelector('[aria-live="polite"]');
    expect(notice()).toHaveTextContent('');

    await advance(SLOW_NOTICE_MS - 1_000);
    expect(notice()).toHaveTextContent('');
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();

    await advance(1_500);
    expect(notice()).toHaveTextContent(/^Still loading the edition summary for 2022…/);
    expect(notice()).toHaveTextContent('File: data/real/2022/summary.json');
    expect(notice()).toHaveTextContent('The server has not answered yet.');
    // The rest of the page keeps working while it waits.
    expect(screen.getByRole('combobox', { name: 'Edition' })).toBeEnabled();

    // The first attempt times out and the query tries once more: the panel says so.
    await advance(DEFAULT_TIMEOUT_MS - SLOW_NOTICE_MS + 2_000);
    expect(requests()).toBe(2);
    expect(notice()).toHaveTextContent('trying once more');
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();

    // Under 20 s since the skeleton appeared (the requests began before it): the message.
    await advance(19_500 - (DEFAULT_TIMEOUT_MS + 2_500));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Could not load the edition summary for 2022');
    expect(alert).toHaveTextContent(/did not answer within 8 seconds/);
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeEnabled();
    expect(requests()).toBe(2);
    server.events.removeAllListeners();
  });

  it('the manifest too: the first panel says what it still waits for', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    server.use(neverAnswering(MANIFEST_PATH));
    window.history.replaceState(null, '', '/');
    render(<App queryClient={createQueryClient()} />);
    const skeleton = await screen.findByRole('status', { name: 'Loading the data manifest' });
    const notice = () => skeleton.parentElement!.querySelector('[aria-live="polite"]');
    expect(notice()).toHaveTextContent('');
    await advance(SLOW_NOTICE_MS + 500);
    expect(notice()).toHaveTextContent(
      /^Still loading the data manifest… File: data\/manifest\.json/,
    );
    await advance(worstCaseLoadMs() - SLOW_NOTICE_MS);
    expect(await screen.findByRole('button', { name: 'Retry' })).toBeEnabled();
  });
});
