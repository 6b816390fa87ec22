import { routePath, type EmbeddableRoute } from './routes';
import { parseUrl, readUrlVersion, writeUrl, type WriteFormat } from './url-codec';
import { URL_FORMAT_VERSION, urlFormat, type ViewState } from './url-state';

/**
 * Parameters only an embed reads, beside the view's own (which go through the URL pipeline like
 * the app's). Like the pipeline's clean step, reading is an allow-list: anything unknown falls
 * back to the default.
 * None of them can hide the synthetic-data mark: that follows the dataset alone.
 */
export type EmbedTheme = 'light' | 'dark' | 'auto';

export interface EmbedOptions {
  /** `auto` (the default) follows the reader's system */
  theme: EmbedTheme;
  /** A fixed height in px: the embed keeps it and scrolls inside; null = fit the content */
  height: number | null;
  /** Names the embed in its resize messages, for hosts with several (from `embedId` or window.name) */
  embedId: string | null;
  /** Which chart of a view with more than one (goal 2.9: `ages` or `status`) */
  chart: string | null;
}

export const MIN_EMBED_HEIGHT = 150;
export const MAX_EMBED_HEIGHT = 5000;

const EMBED_ID = /^[A-Za-z0-9_.:-]{1,64}$/;
const CHART = /^[a-z]{1,16}$/;

export function parseEmbedOptions(search: string, windowName = ''): EmbedOptions {
  const p = parseUrl(search).params;
  const theme = p.get('theme');
  const heightText = p.get('height') ?? '';
  const height = /^\d{1,5}$/.test(heightText)
    ? Math.min(MAX_EMBED_HEIGHT, Math.max(MIN_EMBED_HEIGHT, Number(heightText)))
    : null;
  const id = p.get('embedId') ?? '';
  const chart = p.get('chart') ?? '';
  return {
    theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
    height,
    embedId: EMBED_ID.test(id) ? id : EMBED_ID.test(windowName) ? windowName : null,
    chart: CHART.test(chart) ? chart : null,
  };
}

/** The embed-only parameters in a fixed order ("" or "&…"), to keep them across a state change. */
export function serializeEmbedOptions(options: EmbedOptions, windowName = ''): string {
  const parts: string[] = [];
  if (options.theme !== 'auto') parts.push(`theme=${options.theme}`);
  if (options.height !== null) parts.push(`height=${options.height}`);
  // An id that came from window.name need not be written into the URL.
  if (options.embedId !== null && options.embedId !== windowName)
    parts.push(`embedId=${encodeURIComponent(options.embedId)}`);
  if (options.chart !== null) parts.push(`chart=${options.chart}`);
  return parts.join('&');
}

/**
 * How an embed writes its view parameters: an embed made by the Embed control is a pinned,
 * versioned link (`v=1`, its dataset named), and the addresses it writes (the link back, a sort
 * change) stay so; an address typed without `v` stays unversioned, as the app's own are.
 */
export function embedSerializeOptions(search: string): WriteFormat {
  return urlFormat(readUrlVersion(search)) === 'v0' ? {} : { version: URL_FORMAT_VERSION };
}

/** A query string of the view state followed by the embed's own parameters. */
export function embedSearch(
  state: ViewState,
  options: EmbedOptions,
  windowName = '',
  format: WriteFormat = {},
): string {
  const view = writeUrl(state, format);
  const own = serializeEmbedOptions(options, windowName);
  if (!own) return view;
  return view ? `${view}&${own}` : `?${own}`;
}

/** The full interactive view an embed shows: its page, with the same (clean) view parameters. */
export function fullViewHref(
  route: EmbeddableRoute,
  state: ViewState,
  format: WriteFormat = {},
): string {
  return `${routePath(route)}${writeUrl(state, format)}`;
}
