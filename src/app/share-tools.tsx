import { useQueryClient, useQuery } from '@tanstack/react-query';
import {
  createContext,
  useCallback,
  useContext,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { editionSummaryQueryKey, editionSummaryQueryOptions } from '@/api/edition-summary-query';
import { frameworkQueryOptions, useFramework } from '@/api/framework-query';
import type { CiteControlProps } from '@/components/cite-control';
import type { EmbedControlProps, EmbedSnippetOptions } from '@/components/embed-snippet-panel';
import { ShareLinkContext } from '@/components/share-context';
import type { ViewStateContextValue } from '@/components/view-state';
import { frameworkIdOf, isSyntheticDataset } from '@/domain/contract/dataset-framework';
import { frameworkGoals } from '@/domain/contract/framework-schema';
import type { EditionSummary } from '@/domain/contract/summary-schema';
import { buildCitation, citedAsOf, type Citation } from '@/domain/export/citation';
import { embeddedChartTitle } from '@/domain/facts/fact-goals';
import { isoDateOf } from '@/domain/format/dates';
import { routePath, type EmbeddableRoute, type Route } from '@/domain/url/routes';
import {
  buildEmbedSnippet,
  buildEmbedSrc,
  buildShareLink,
  effectivePins,
  embeddableRoute,
  embedTitle,
  viewTitle,
} from '@/domain/url/share-link';
import type { ViewState } from '@/domain/url/url-state';

/**
 * What the Share, Cite and Embed controls of the view shown need, computed once for the shell:
 * the pinned share link (also handed to the Download menus, whose files cite it), the citation and
 * the embed's snippet.
 */
export interface ShareTools {
  /** Remounts the toolbar on another view, so it starts with its popovers closed */
  key: string;
  getShareLink: () => Promise<string>;
  cite: Omit<CiteControlProps, 'open' | 'onOpenChange'>;
  embed: Omit<EmbedControlProps, 'open' | 'onOpenChange'> | null;
  /** The Cite popover opens at once when the page is opened at `#cite` (an embed's link) */
  initialOpen: 'cite' | null;
}

const ShareToolsContext = createContext<ShareTools | null>(null);

export function useShareToolsOfView(): ShareTools | null {
  return useContext(ShareToolsContext);
}

/** The states a view is narrowed to, whose as-of dates its citation gives. */
function citedStates(route: Route, state: ViewState): readonly string[] {
  if (route.view === 'state') return [route.code];
  if (route.view === 'compare' || route.view === 'heatmap') return state.states;
  return [];
}

function useShareTools(view: ViewStateContextValue): ShareTools {
  const { route, state, dataset, year, manifest } = view;
  const queryClient = useQueryClient();
  const frameworkId = frameworkIdOf(manifest, dataset);
  const framework = useFramework(frameworkId);
  // The overview's default measure depends on its edition's data (the page's own query).
  const summaryOptions = editionSummaryQueryOptions(dataset, year);
  const summary = useQuery({ ...summaryOptions, enabled: route.view === 'overview' });
  const [initialOpen] = useState<'cite' | null>(() =>
    typeof window !== 'undefined' && window.location.hash === '#cite' ? 'cite' : null,
  );

  const pins = effectivePins(route, state, {
    year,
    summary: summary.data,
    framework: framework.data,
  });
  const titles = useMemo(() => {
    const fw = framework.data;
    if (!fw) return {};
    return {
      issues: new Map(fw.issueAreas.map((a) => [a.id, a.title])),
      goals: new Map(frameworkGoals(fw).map((g) => [g.id, g.title])),
    };
  }, [framework.data]);
  const synthetic = isSyntheticDataset(manifest, dataset);

  const origin = window.location.origin;

  /**
   * The framework and (for the overview) the summary the view's defaults depend on, waited for
   * when asked before they arrived; what fails to load is left out (the link then pins what is
   * known: edition, dataset, settings).
   */
  const loaded = async () => {
    const fw =
      framework.data ??
      (await queryClient
        .ensureQueryData(frameworkQueryOptions(frameworkId))
        .catch(() => undefined));
    const data =
      route.view === 'overview'
        ? (summary.data ??
          (await queryClient.ensureQueryData(summaryOptions).catch(() => undefined)))
        : summary.data;
    return { fw, pins: effectivePins(route, state, { year, summary: data, framework: fw }) };
  };

  const getShareLink = async (): Promise<string> => {
    if (framework.data && (route.view !== 'overview' || summary.data)) {
      return buildShareLink(route, state, pins, origin);
    }
    return buildShareLink(route, state, (await loaded()).pins, origin);
  };

  const getCitation = async (): Promise<Citation> => {
    // The publisher's words and the goal's title come from the framework: wait for it.
    const { fw, pins: resolved } = await loaded();
    const link = buildShareLink(route, state, resolved, origin);
    const cached = queryClient.getQueryData<EditionSummary>(editionSummaryQueryKey(dataset, year));
    const edition = manifest.datasets
      .find((d) => d.id === dataset)
      ?.editions.find((e) => e.year === year);
    const goal =
      route.view === 'goal' && fw
        ? frameworkGoals(fw).find((g) => g.id === route.goalId)?.title
        : undefined;
    const issues = fw ? new Map(fw.issueAreas.map((a) => [a.id, a.title])) : undefined;
    const goals = fw ? new Map(frameworkGoals(fw).map((g) => [g.id, g.title])) : undefined;
    return buildCitation({
      title: viewTitle(route, state, resolved, { issues, goals, goal }),
      edition: route.view === 'about' ? null : year,
      dataset,
      synthetic,
      framework: fw,
      asOf: citedAsOf(edition?.asOf ?? [], cached?.states, citedStates(route, state)),
      link,
      accessed: isoDateOf(new Date()),
      ...(route.view === 'about' ? { medium: 'web page' } : {}),
    });
  };

  const embedProps = (to: EmbeddableRoute): ShareTools['embed'] => {
    const goal = to.view === 'goal' ? titles.goals?.get(to.goalId) : undefined;
    const goalChart =
      to.view === 'goal' && framework.data
        ? embeddedChartTitle(framework.data, to.goalId)
        : undefined;
    const title = embedTitle(to, state, pins, { ...titles, goal, goalChart });
    // A goal whose typed facts have an embedded chart embeds it, or its status map (`chart=status`).
    const charts =
      goalChart !== undefined
        ? [
            { chart: null, label: goalChart, title },
            {
              chart: 'status',
              label: 'Status by state (map)',
              title: embedTitle(to, state, pins, { ...titles, goal }),
            },
          ]
        : [];
    const titleOf = (o: EmbedSnippetOptions) =>
      charts.find((c) => c.chart === o.chart)?.title ?? title;
    return {
      title,
      charts,
      synthetic,
      snippet: (o: EmbedSnippetOptions) =>
        buildEmbedSnippet({ route: to, state, pins, origin, ...o, title: titleOf(o) }),
      previewHref: (o: EmbedSnippetOptions) =>
        buildEmbedSrc(to, state, pins, origin, o.theme, o.chart),
    };
  };
  const embedRoute = embeddableRoute(route);

  return {
    key: routePath(route),
    getShareLink,
    cite: { getCitation, synthetic },
    embed: embedRoute ? embedProps(embedRoute) : null,
    initialOpen,
  };
}

/**
 * Around the shell of a view: the share tools for its toolbar, and the pinned share link for
 * every Download menu on the page. The link is read through a ref, so the context's value stays
 * the same function and no menu re-renders when the view state changes.
 */
export function ShareToolsProvider({
  view,
  children,
}: {
  view: ViewStateContextValue;
  children: ReactNode;
}) {
  const tools = useShareTools(view);
  const latest = useRef(tools);
  useLayoutEffect(() => {
    latest.current = tools;
  });
  const getShareLink = useCallback(() => latest.current.getShareLink(), []);
  return (
    <ShareToolsContext value={tools}>
      <ShareLinkContext value={getShareLink}>{children}</ShareLinkContext>
    </ShareToolsContext>
  );
}
