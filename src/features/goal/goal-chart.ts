import type { Status } from '@/domain/contract/evaluation-schema';
import type { FactKind } from '@/domain/contract/fact-kinds';
import type { Framework, FrameworkGoal } from '@/domain/contract/framework-schema';
import type { EditionSummary } from '@/domain/contract/summary-schema';
import type { ChartDefinition } from '@/domain/export/chart-definition';
import { embeddedFactKind } from '@/domain/facts/fact-goals';
import {
  ageAxis,
  JUVENILE_SORT_LABELS,
  juvenileSortKey,
  sortJuvenileRows,
  type AgeAxis,
  type JuvenileRow,
  type JuvenileSortKey,
} from '@/domain/facts/juvenile';
import {
  LIMITATION_KIND_LABELS,
  LIMITATION_KINDS,
  type LimitationKind,
  type LimitationRow,
} from '@/domain/facts/limitations';
import type { ProtectionRow } from '@/domain/facts/protections';
import {
  FACT_REGISTRY,
  factKindsOfGoal,
  statusFactColumns,
  type StatusFactColumn,
} from '@/domain/facts/registry';
import { formatIsoDate } from '@/domain/format/dates';
import { publicationCredit, publisherName, stateReportNoun } from '@/domain/format/publisher';
import {
  chosenRows,
  describeChosenStatuses,
  describeStatusFilter,
  showsChosenOnly,
  statusFiltered,
} from '@/domain/goal/chosen';
import {
  describeGoalStatusPieces,
  goalStatusRows,
  listNames,
  MAX_NAMED_STATES,
  summaryText,
  type GoalStatusRow,
  type SummaryPiece,
} from '@/domain/goal/status';
import { describeAgeRange } from '@/domain/facts/juvenile';
import { stateName } from '@/domain/format/jurisdictions';
import {
  goalStatusExport,
  juvenileExport,
  limitationExport,
  protectionExport,
  type GoalExportContext,
} from './goal-export';

/**
 * The goal view's charts, each defined once from the loaded data and the view state: one goal's
 * status map, and the comparison of each kind of typed fact the framework puts on the goal (juvenile
 * court ages, statutes of limitation, victim protections). The page, the embed and the exports
 * draw from these definitions; the embed's shorter words are an option (`variant`), not a copy.
 */

/** `embed`: the goal named in the subtitle (the embed has no page header), the laws' dates in a
 * synthetic source line; the embed shows no Download menu. */
export type GoalChartVariant = 'page' | 'embed';

export interface GoalChartInput {
  framework: Framework;
  goal: FrameworkGoal;
  /** The edition's summary: the dataset, edition and synthetic flag shown are the data's own */
  summary: EditionSummary;
  /** States chosen in the URL, marked in every chart and table */
  highlighted: readonly string[];
  /** "Chosen states only" (the URL's `chosen`): each chart and table shows the chosen states alone */
  chosenOnly?: boolean;
  /** The URL's `status`: the statuses the status table lists (empty: all) */
  statusFilter?: readonly Status[];
  /** The URL's `sort` (the order of a comparison that has one) */
  sort: string | null;
  variant?: GoalChartVariant;
}

/** The chosen states, as every chart of the goal view marks them. */
export interface ChosenStates {
  /** The URL's states, in the order chosen */
  codes: readonly string[];
  /** Only they are shown ("chosen states only", with some chosen) */
  only: boolean;
}

/** A chart of the goal view: which one (`status`, or the kind of fact it compares) and its definition. */
export interface GoalChart<C extends string, M> extends ChartDefinition<M> {
  chart: C;
}

export interface GoalStatusModel {
  goalId: string;
  /** Every jurisdiction: the map draws all 51 */
  rows: GoalStatusRow[];
  /** The rows the table lists: the chosen ones with "chosen states only", of the filtered statuses */
  shown: GoalStatusRow[];
  chosen: ChosenStates;
  /** The statuses the table lists (empty: all) */
  statusFilter: Status[];
  /** The summary, with links to the table filtered by a status too large to name */
  summaryPieces: SummaryPiece[];
  /** What the status filter leaves in the table ("" without a filter) */
  filterNote: string;
  /** What the goal's typed facts add to the status table (juvenile court ages) */
  columns: StatusFactColumn[];
}

export interface JuvenileModel {
  rows: JuvenileRow[];
  /** The rows shown (the chosen ones with "chosen states only"), in the URL's order */
  sorted: JuvenileRow[];
  chosen: ChosenStates;
  sort: JuvenileSortKey;
  sortLabels: Readonly<Record<JuvenileSortKey, string>>;
  axis: AgeAxis;
  /** Some row has low confidence (the legend explains the mark) */
  anyLow: boolean;
  /** Name of the list the range chart is */
  listLabel: string;
}

export interface LimitationsModel {
  /** Every jurisdiction: the map draws all 51 */
  rows: LimitationRow[];
  /** The rows the table lists (the chosen ones with "chosen states only") */
  shown: LimitationRow[];
  chosen: ChosenStates;
  /** The map shows one kind of limit at a time; its subtitle names the kind shown */
  mapSubtitles: Readonly<Record<LimitationKind, string>>;
}

export interface ProtectionsModel {
  /** Every jurisdiction: the map draws all 51 */
  rows: ProtectionRow[];
  /** The rows the table lists (the chosen ones with "chosen states only") */
  shown: ProtectionRow[];
  chosen: ChosenStates;
}

export type GoalStatusChart = GoalChart<'status', GoalStatusModel>;
export type JuvenileChart = GoalChart<'juvenileJurisdiction', JuvenileModel>;
export type LimitationsChart = GoalChart<'statuteOfLimitations', LimitationsModel>;
export type ProtectionsChart = GoalChart<'victimProtections', ProtectionsModel>;
export type FactChart = JuvenileChart | LimitationsChart | ProtectionsChart;

export interface GoalCharts {
  status: GoalStatusChart;
  /** One chart per kind of fact the goal holds, in the framework's order */
  facts: FactChart[];
}

export const SYNTHETIC_SOURCE =
  'Source: synthetic demo data generated by Statewise; it describes no state’s real law.';

/** Where the reference data on juvenile courts comes from, and the date it describes. */
const JUVENILE_REFERENCE_SOURCES =
  'OJJDP Statistical Briefing Book; NJDC/Gault Center minimum-age survey; NCSL; JJGPS; ' +
  'Campaign for Youth Justice; National Juvenile Justice Network; Human Rights for Kids; ' +
  'Children and the Law blog';
const JUVENILE_REFERENCE_AS_OF = 'the end of 2022';

/** What every chart of one goal view shares, worked out once. */
interface Context {
  input: GoalChartInput;
  variant: GoalChartVariant;
  kinds: readonly FactKind[];
  year: number;
  synthetic: boolean;
  asOf: string[];
  /** "2022 edition, report data" */
  edition: string;
  syntheticSource: string;
  chosen: ChosenStates;
  exportContext: GoalExportContext;
}

/** Distinct as-of dates of the states with an evaluated goal, oldest first. */
export function editionAsOf(summary: EditionSummary): string[] {
  return [
    ...new Set(summary.states.flatMap((s) => (s.evaluated > 0 && s.asOf ? [s.asOf] : []))),
  ].sort();
}

function context(input: GoalChartInput): Context {
  const { framework, goal, summary } = input;
  const variant = input.variant ?? 'page';
  const { year, synthetic } = summary;
  const asOf = editionAsOf(summary);
  const kinds = factKindsOfGoal(framework, goal.id);
  const lawsAsOf = asOf.length ? ` Laws as of ${asOf.map(formatIsoDate).join(', ')}.` : '';
  const chosen = {
    codes: input.highlighted,
    only: showsChosenOnly(input.highlighted, input.chosenOnly ?? false),
  };
  return {
    input,
    variant,
    kinds,
    year,
    synthetic,
    asOf,
    edition: `${year} edition, ${synthetic ? 'synthetic demo data' : 'report data'}`,
    syntheticSource: variant === 'embed' ? `${SYNTHETIC_SOURCE}${lawsAsOf}` : SYNTHETIC_SOURCE,
    chosen,
    exportContext: {
      goalId: goal.id,
      goalTitle: goal.title,
      factKinds: kinds,
      framework,
      year,
      dataset: summary.dataset,
      synthetic,
      asOf,
      highlighted: input.highlighted,
      chosenOnly: chosen.only,
    },
  };
}

/**
 * The summary of a comparison with chosen states: with "chosen states only", that it shows them
 * alone, then the comparison's words for them; otherwise its words for all, then which are marked.
 */
function chosenSummary<R extends { code: string }>(
  c: Context,
  rows: readonly R[],
  describe: (rows: readonly R[]) => string,
  marked: (rows: readonly R[]) => string = (mine) =>
    mine.length <= MAX_NAMED_STATES
      ? `Marked: ${listNames(c.chosen.codes.map(stateName))}.`
      : `${mine.length} chosen states are marked.`,
): string {
  if (c.chosen.codes.length === 0) return describe(rows);
  const mine = chosenRows(rows, c.chosen.codes, true);
  if (c.chosen.only) {
    return `Showing the ${mine.length} chosen ${mine.length === 1 ? 'state' : 'states'} only. ${describe(mine)}`;
  }
  return `${describe(rows)} ${marked(mine)}`;
}

/** The source line of a comparison read from the state reports. */
function factSource(c: Context): string {
  const { framework } = c.input;
  return c.synthetic
    ? c.syntheticSource
    : `Source: ${publisherName(framework)}, ${c.year} ${stateReportNoun(framework)}s, as read by Statewise. Unknown: no evaluation in this dataset.`;
}

function statusChart(c: Context): GoalStatusChart {
  const { framework, goal } = c.input;
  const rows = goalStatusRows(c.input.summary, goal.id);
  const scope = chosenRows(rows, c.chosen.codes, c.chosen.only);
  const statusFilter = [...(c.input.statusFilter ?? [])];
  const shown = statusFiltered(scope, statusFilter);
  const pieces = describeGoalStatusPieces(scope, goal.id, { chosenOnly: c.chosen.only });
  const chosenWords = c.chosen.only ? '' : describeChosenStatuses(rows, c.chosen.codes);
  const summaryPieces = chosenWords ? [...pieces, ` ${chosenWords}`] : pieces;
  const title = `Goal ${goal.id}: status by state`;
  const subtitle =
    c.variant === 'embed' ? `“${goal.title.replace(/\.$/, '')}” · ${c.edition}` : c.edition;
  const asOfWords = c.asOf.length ? ` (laws as of ${c.asOf.map(formatIsoDate).join(', ')})` : '';
  const source = c.synthetic
    ? c.syntheticSource
    : `Source: ${publicationCredit(framework, c.year)}; statuses are Statewise’s reading of each ${stateReportNoun(framework)}, reviewed by a person${asOfWords}. Unknown: no evaluation in this dataset.`;
  return {
    chart: 'status',
    model: {
      goalId: goal.id,
      rows,
      shown,
      chosen: c.chosen,
      statusFilter,
      summaryPieces,
      filterNote: describeStatusFilter(shown.length, statusFilter, goal.id, c.chosen.only),
      columns: statusFactColumns(c.kinds),
    },
    title,
    subtitle,
    source,
    asOf: c.asOf,
    summary: summaryText(summaryPieces),
    synthetic: c.synthetic,
    exportSpec: goalStatusExport(c.exportContext, shown, title, subtitle, source),
  };
}

function juvenileChart(c: Context): JuvenileChart {
  const { framework, goal } = c.input;
  const entry = FACT_REGISTRY.juvenileJurisdiction;
  const rows = entry.rows(c.input.summary);
  const sort = juvenileSortKey(c.input.sort);
  const sorted = chosenRows(sortJuvenileRows(rows, sort), c.chosen.codes, c.chosen.only);
  const title = entry.chartTitle;
  const what = 'youngest and oldest age at which a child’s case starts in juvenile court';
  const subtitle =
    c.variant === 'embed'
      ? `Goal ${goal.id}: ${what} · ${c.edition}`
      : `${what.charAt(0).toUpperCase()}${what.slice(1)} · ${c.edition}`;
  const reportStates = rows.filter((r) => r.facts?.basis === 'report').map((r) => r.name);
  const source = c.synthetic
    ? c.syntheticSource
    : [
        reportStates.length
          ? `${reportStates.join(', ')}: ${publisherName(framework)}, ${c.year} ${stateReportNoun(framework)}, as read by Statewise (with reference data beside it).`
          : '',
        `Reference data (${JUVENILE_REFERENCE_SOURCES}): juvenile court ages and transfer laws as of ${JUVENILE_REFERENCE_AS_OF}, each row with its sources and confidence on the state’s page.`,
      ]
        .filter(Boolean)
        .join(' ');
  return {
    chart: 'juvenileJurisdiction',
    model: {
      rows,
      sorted,
      chosen: c.chosen,
      sort,
      sortLabels: JUVENILE_SORT_LABELS,
      axis: ageAxis(rows),
      anyLow: rows.some(
        (r) => r.facts?.minConfidence === 'low' || r.reference?.minConfidence === 'low',
      ),
      listLabel: `${title}, by state, sorted by ${JUVENILE_SORT_LABELS[sort].toLowerCase()}`,
    },
    title,
    subtitle,
    source,
    asOf: c.asOf,
    summary: chosenSummary(c, rows, entry.describe, (mine) =>
      mine.length <= MAX_NAMED_STATES
        ? `Chosen: ${mine
            .map((r) => `${r.name} ${r.facts ? describeAgeRange(r.facts) : 'no data (unknown)'}`)
            .join('; ')}.`
        : `${mine.length} chosen states are marked.`,
    ),
    synthetic: c.synthetic,
    exportSpec: juvenileExport(c.exportContext, sorted, sort, title, subtitle, source),
  };
}

function limitationsChart(c: Context): LimitationsChart {
  const entry = FACT_REGISTRY.statuteOfLimitations;
  const rows = entry.rows(c.input.summary);
  const shown = chosenRows(rows, c.chosen.codes, c.chosen.only);
  const what = (kinds: string) =>
    `${kinds} actions for child sex trafficking and CSEC offenses · ${c.edition}`;
  const subtitle = what('Criminal and civil');
  const source = factSource(c);
  return {
    chart: 'statuteOfLimitations',
    model: {
      rows,
      shown,
      chosen: c.chosen,
      mapSubtitles: Object.fromEntries(
        LIMITATION_KINDS.map((kind) => [kind, what(LIMITATION_KIND_LABELS[kind])]),
      ) as Record<LimitationKind, string>,
    },
    title: entry.chartTitle,
    subtitle,
    source,
    asOf: c.asOf,
    summary: `${chosenSummary(c, rows, entry.describe)} The map groups periods by length; when the period starts (the offense, the victim reaching an age, discovery) is given in the table.`,
    synthetic: c.synthetic,
    exportSpec: limitationExport(c.exportContext, shown, entry.chartTitle, subtitle, source),
  };
}

function protectionsChart(c: Context): ProtectionsChart {
  const entry = FACT_REGISTRY.victimProtections;
  const rows = entry.rows(c.input.summary);
  const shown = chosenRows(rows, c.chosen.codes, c.chosen.only);
  const subtitle = `Protections in law, of three: advocate, courtroom supports, identity protected · ${c.edition}`;
  const source = factSource(c);
  return {
    chart: 'victimProtections',
    model: { rows, shown, chosen: c.chosen },
    title: entry.chartTitle,
    subtitle,
    source,
    asOf: c.asOf,
    summary: chosenSummary(c, rows, entry.describe),
    synthetic: c.synthetic,
    exportSpec: protectionExport(c.exportContext, shown, entry.chartTitle, subtitle, source),
  };
}

/** The chart of each kind of typed fact. */
const FACT_CHARTS: { [K in FactKind]: (c: Context) => Extract<FactChart, { chart: K }> } = {
  juvenileJurisdiction: juvenileChart,
  statuteOfLimitations: limitationsChart,
  victimProtections: protectionsChart,
};

/** Every chart of the goal page: the status map, then one per kind of fact the goal holds. */
export function goalCharts(input: GoalChartInput): GoalCharts {
  const c = context(input);
  return { status: statusChart(c), facts: c.kinds.map((kind) => FACT_CHARTS[kind](c)) };
}

/**
 * The one chart the goal's embed shows: the chart of the kind of fact the embed shows by default
 * (juvenile court ages), else (or with `chart=status`) the status map.
 */
export function goalEmbedChart(
  input: Omit<GoalChartInput, 'variant'>,
  chart: string | null,
): GoalStatusChart | FactChart {
  const c = context({ ...input, variant: 'embed' });
  const kind = chart === 'status' ? undefined : embeddedFactKind(input.framework, input.goal.id);
  return kind === undefined ? statusChart(c) : FACT_CHARTS[kind](c);
}
