import type {
  Block,
  Evaluation,
  Footnote,
  FootnoteRef,
  GoalEvaluation,
  GoalFacts,
  GoalTable,
  JuvenileJurisdiction,
  LimitationRule,
  Source,
  Statute,
} from '@/domain/contract/evaluation-schema';
import { STATUSES } from '@/domain/contract/evaluation-schema';
import type { Framework } from '@/domain/contract/framework-schema';
import { BASIS_LABELS, yesNo } from '@/domain/facts/fact-values';
import { describeLimitation } from '@/domain/facts/limitations';
import { PROTECTION_FIELDS, PROTECTION_LABELS } from '@/domain/facts/protections';
import {
  JUVENILE_FIELD_LABELS,
  JUVENILE_FIELDS,
  juvenileFactDifferences,
} from '@/domain/facts/juvenile';
import { buildCitation } from '@/domain/export/citation';
import { SYNTHETIC_NOTE } from '@/domain/export/spec';
import { formatIsoDate } from '@/domain/format/dates';
import { publisherName } from '@/domain/format/publisher';
import { STATUS_GLYPHS, STATUS_LABELS } from '@/domain/format/status-words';
import { describeGradeDetails, reportOutline, reviewNote, type ReportGoal } from './report-outline';
import {
  authorshipNote,
  dataWords,
  GLANCE_LABELS,
  lawsAsOfNote,
  NO_AS_OF,
  NO_SCORE,
  noGradeText,
  publishedGradeLabel,
  scoreNote,
  scoreWords,
  stateReportTitle,
  statusesNote,
} from './report-wording';

/**
 * A state's full report as Markdown (GitHub-flavoured): goals with their status, the analysis
 * with quoted law as `>` blocks and footnotes as `[^n]`, recommendations, the report's tables,
 * typed facts, the appendix of offences and the sources. Every text from data is escaped, so it
 * reads as the text it is and never becomes markup (or HTML) in a Markdown renderer.
 */
export interface MarkdownInput {
  framework: Framework;
  evaluation: Evaluation;
  /** The state's name */
  name: string;
  synthetic: boolean;
  /** The link to the report in Statewise */
  url: string;
  /** YYYY-MM-DD */
  retrieved: string;
}

const STATUS_MD = Object.fromEntries(
  STATUSES.map((s) => [s, `${STATUS_GLYPHS[s]} ${STATUS_LABELS[s]}`]),
) as Record<(typeof STATUSES)[number], string>;

/** Escapes the punctuation that makes Markdown (or HTML) inside a line of text from data. */
export function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>|~#]/g, (c) => `\\${c}`);
}

/** Escapes what would open a block at the start of a line: a list, a heading, a rule. */
function escapeLineStarts(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => line.replace(/^(\s*)([+=-])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2'))
    .join('\n');
}

/** Text from data as a Markdown block: every character reads as itself. */
export function escapeMarkdown(text: string): string {
  return escapeLineStarts(escapeInline(text.replace(/\r\n?/g, '\n')));
}

/** Text for a table cell: escaped, on one line. */
function cell(text: string): string {
  return escapeInline(text.replace(/\s*\n\s*/g, ' ')).trim() || ' ';
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [
    `| ${head.map(cell).join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${head.map((_, i) => cell(r[i] ?? '')).join(' | ')} |`),
  ];
}

/**
 * Footnote labels: the report's own number (`[^12]`) where it is unique in the document; a
 * number used again in another scope (the introduction, an offence) gets the scope before it.
 */
class FootnoteLabels {
  private readonly owner = new Map<number, string>();

  label(scope: string, n: number): string {
    const owner = this.owner.get(n);
    if (owner === undefined) {
      this.owner.set(n, scope);
      return String(n);
    }
    return owner === scope ? String(n) : `${scope.replace(/[^A-Za-z0-9]+/g, '-')}-${n}`;
  }
}

interface Scope {
  name: string;
  known: ReadonlySet<number>;
  labels: FootnoteLabels;
}

function withRefs(text: string, refs: readonly FootnoteRef[] | undefined, scope: Scope): string {
  return escapeLineStarts(inlineWithRefs(text.replace(/\r\n?/g, '\n'), refs, scope));
}

function inlineWithRefs(
  text: string,
  refs: readonly FootnoteRef[] | undefined,
  scope: Scope,
): string {
  if (!refs?.length) return escapeInline(text);
  const ordered = refs
    .map((r, i) => ({ ...r, at: Math.max(0, Math.min(text.length, r.at)), i }))
    .sort((a, b) => a.at - b.at || a.i - b.i);
  let out = '';
  let from = 0;
  for (const ref of ordered) {
    out += escapeInline(text.slice(from, ref.at));
    from = ref.at;
    out += scope.known.has(ref.n)
      ? `[^${scope.labels.label(scope.name, ref.n)}]`
      : `\\[${ref.n}\\]`;
  }
  return out + escapeInline(text.slice(from));
}

function quoteLines(text: string): string[] {
  return text.split('\n').map((l) => (l.trim() ? `> ${l}` : '>'));
}

/** Blocks as Markdown paragraphs; consecutive quoted blocks form one `>` quotation. */
function blocksMarkdown(blocks: readonly Block[], scope: Scope): string[] {
  const out: string[] = [];
  let inQuote = false;
  for (const block of blocks) {
    const quoted = block.type === 'quote' || (block.type === 'list' && block.quote === true);
    if (inQuote && quoted) out.push('>');
    else if (out.length > 0) out.push('');
    if (block.type === 'list') {
      const items = block.items.map((item) => `- ${inlineWithRefs(item.text, item.refs, scope)}`);
      out.push(...(quoted ? items.flatMap(quoteLines) : items));
    } else {
      const body = withRefs(block.text, block.refs, scope);
      out.push(...(quoted ? quoteLines(body) : [body]));
    }
    inQuote = quoted;
  }
  return out;
}

function footnotesMarkdown(footnotes: readonly Footnote[] | undefined, scope: Scope): string[] {
  if (!footnotes?.length) return [];
  const out: string[] = [];
  for (const f of [...footnotes].sort((a, b) => a.n - b.n)) {
    const body = blocksMarkdown(f.blocks, scope);
    const [first = '', ...rest] = body;
    out.push('', `[^${scope.labels.label(scope.name, f.n)}]: ${first}`);
    // Further paragraphs of a footnote are indented to stay inside it.
    out.push(...rest.map((l) => (l ? `    ${l}` : '')));
  }
  return out;
}

function scopeOf(name: string, footnotes: readonly Footnote[] | undefined, labels: FootnoteLabels) {
  return { name, known: new Set((footnotes ?? []).map((f) => f.n)), labels };
}

function sourceLine(s: Source): string {
  const key = s.key ? `\\[${escapeInline(s.key)}\\] ` : '';
  const title = escapeInline(s.title);
  // Only web links (the schema allows nothing else); characters that would end the link are encoded.
  const link = s.url ? `[${title}](<${s.url.replace(/[<>\s]/g, encodeURIComponent)}>)` : title;
  return `- ${key}${link}${s.asOf ? ` (${escapeInline(s.asOf)})` : ''}`;
}

function statuteLine(s: Statute): string {
  const pins = s.pinpoints?.length ? ` ${s.pinpoints.join('; ')}` : '';
  const title = s.title ? ` (${s.title})` : '';
  return `- ${escapeInline(`${s.citation}${pins}${title}`)}`;
}

function goalTable(t: GoalTable): string[] {
  return table(
    ['', ...t.columns],
    t.rows.map((r) => [r.label, ...r.cells]),
  );
}

function juvenileValue(j: JuvenileJurisdiction, field: (typeof JUVENILE_FIELDS)[number]): string {
  if (field === 'minAge') return j.minAge === null ? 'No statutory minimum' : String(j.minAge);
  if (field === 'maxAge') return j.maxAge === null ? 'Unknown' : String(j.maxAge);
  const v = yesNo(j[field]);
  return v === 'yes' ? 'Yes' : v === 'no' ? 'No' : 'Unknown';
}

function ruleText(rule: LimitationRule | null): string {
  return `${describeLimitation(rule)}${rule?.scope ? ` (${rule.scope})` : ''}${rule?.text ? ` — “${rule.text}”` : ''}`;
}

function factsMarkdown(facts: GoalFacts | undefined, reference: GoalFacts | undefined): string[] {
  const out: string[] = [];
  const jj = [facts?.juvenileJurisdiction, reference?.juvenileJurisdiction].filter(
    (j): j is JuvenileJurisdiction => j !== undefined,
  );
  if (jj.length > 0) {
    out.push('', '#### Juvenile court facts', '');
    const titles = jj.map((j) => (j.basis === 'report' ? 'The report' : BASIS_LABELS[j.basis]));
    out.push(
      ...table(
        ['Fact', ...titles],
        JUVENILE_FIELDS.map((f) => [
          JUVENILE_FIELD_LABELS[f],
          ...jj.map((j) => juvenileValue(j, f)),
        ]),
      ),
    );
    const [a, b] = jj;
    const differences = a && b ? juvenileFactDifferences(a, b) : [];
    if (differences.length > 0) {
      out.push(
        '',
        escapeMarkdown(
          `The report and the reference data differ on ${differences.map((f) => JUVENILE_FIELD_LABELS[f].toLowerCase()).join(', ')}; both are kept.`,
        ),
      );
    }
    for (const j of jj) {
      if (j.sources.length === 0) continue;
      out.push(
        '',
        `Sources (${escapeInline(j.basis === 'report' ? 'the report' : BASIS_LABELS[j.basis].toLowerCase())}):`,
        '',
      );
      out.push(...j.sources.map(sourceLine));
    }
  }
  const sol = facts?.statuteOfLimitations;
  if (sol) {
    out.push('', '#### Statute of limitation facts', '');
    out.push(`- Criminal: ${escapeInline(ruleText(sol.criminal))}`);
    out.push(`- Civil: ${escapeInline(ruleText(sol.civil))}`);
    out.push(`- Basis: ${escapeInline(BASIS_LABELS[sol.basis].toLowerCase())}`);
  }
  const vp = facts?.victimProtections;
  if (vp) {
    out.push('', '#### Victim protection facts', '');
    for (const f of PROTECTION_FIELDS) {
      const v = yesNo(vp[f]);
      out.push(
        `- ${escapeInline(PROTECTION_LABELS[f])}: ${v === 'yes' ? 'Yes' : v === 'no' ? 'No' : 'Unknown'}`,
      );
    }
    out.push(`- Basis: ${escapeInline(BASIS_LABELS[vp.basis].toLowerCase())}`);
  }
  return out;
}

function goalMarkdown(goal: ReportGoal, synthetic: boolean, labels: FootnoteLabels): string[] {
  const ev: GoalEvaluation | undefined = goal.evaluation;
  const out: string[] = ['', `### ${escapeInline(`${goal.id} ${goal.title}`)}`, ''];
  out.push(
    `**Status:** ${STATUS_MD[goal.status]}${goal.status === 'not-evaluated' ? ' (no evaluation in this dataset)' : ''}`,
  );
  if (!ev) return out;
  if (goal.status !== 'not-evaluated') {
    out.push(
      '',
      `*${escapeMarkdown('The status is this project’s reading of the report, not a rating by its publisher.')}* ${escapeInline(reviewNote(ev, synthetic))}`,
    );
  }
  const scope = scopeOf(`goal-${goal.id}`, ev.footnotes, labels);
  const analysis = ev.analysis ?? [];
  if (ev.summary && analysis.length === 0 && !ev.table) out.push('', escapeMarkdown(ev.summary));
  if (analysis.length > 0) out.push('', ...blocksMarkdown(analysis, scope));
  if (ev.table) out.push('', ...goalTable(ev.table));
  if (ev.extraCredit?.length) {
    out.push('', '#### Extra credit', '');
    ev.extraCredit.forEach((e, i) => {
      if (i > 0) out.push('');
      out.push(withRefs(e.text, e.refs, scope));
    });
  }
  if (ev.recommendations?.length) {
    out.push(
      '',
      ev.recommendations.length === 1 ? '#### Recommendation' : '#### Recommendations',
      '',
    );
    for (const r of ev.recommendations) {
      out.push(`- **${escapeInline(r.id)}** ${inlineWithRefs(r.text, r.refs, scope)}`);
    }
  }
  if (ev.statutes?.length) {
    out.push('', '#### Statutes cited', '', ...ev.statutes.map(statuteLine));
  }
  if (ev.facts || ev.referenceFacts) out.push(...factsMarkdown(ev.facts, ev.referenceFacts));
  out.push(...footnotesMarkdown(ev.footnotes, scope));
  return out;
}

function scoreText(score: number, outline: { evaluated: number; total: number }): string {
  const words = scoreWords(score, outline);
  return `${words.score} ${words.scope}`;
}

/** The Markdown document of a state's report. */
export function stateReportMarkdown(input: MarkdownInput): string {
  const { framework, evaluation, name, synthetic } = input;
  const outline = reportOutline(framework, evaluation);
  const labels = new FootnoteLabels();
  const title = stateReportTitle(name, evaluation.year);
  const out: string[] = [`# ${escapeInline(title)}`, ''];

  if (synthetic) {
    out.push(
      `> **Synthetic demo data.** ${escapeMarkdown(`${SYNTHETIC_NOTE.charAt(0).toUpperCase()}${SYNTHETIC_NOTE.slice(1)}`)}`,
      '',
    );
  }
  out.push(
    escapeMarkdown(
      `State report from Statewise · ${dataWords(synthetic)} · ${evaluation.year} edition of ${publisherName(framework)}’s ${framework.name}.`,
    ),
    '',
    `Retrieved ${escapeInline(input.retrieved)} from <${input.url.replace(/[<>\s]/g, encodeURIComponent)}>.`,
  );

  // At a glance
  const score = outline.coverage.score;
  const published = evaluation.published;
  out.push('', '## At a glance', '');
  out.push(
    ...table(
      ['', ''],
      [
        [GLANCE_LABELS.asOf, evaluation.asOf ? formatIsoDate(evaluation.asOf) : NO_AS_OF],
        [GLANCE_LABELS.goals, `${outline.evaluated} of ${outline.total}`],
        [
          GLANCE_LABELS.score,
          score === null
            ? NO_SCORE
            : `${scoreText(score, outline)} (${scoreNote(framework).replace(/\.$/, '')})`,
        ],
        [
          publishedGradeLabel(evaluation.year),
          published
            ? `${published.grade}: ${describeGradeDetails(published)}${published.note ? `. ${published.note}` : ''}`
            : noGradeText(evaluation.year),
        ],
      ],
    ),
  );
  if (published?.sources.length) {
    out.push('', 'Sources of the published grade:', '', ...published.sources.map(sourceLine));
  }

  out.push('', `## Statuses of the ${outline.total} policy goals`, '');
  for (const s of STATUSES) out.push(`- ${STATUS_MD[s]}: ${outline.counts[s]}`);
  out.push('', escapeMarkdown(statusesNote(framework, synthetic)));

  if (evaluation.introduction?.blocks.length) {
    const scope = scopeOf('intro', evaluation.introduction.footnotes, labels);
    out.push('', '## Introduction', '', ...blocksMarkdown(evaluation.introduction.blocks, scope));
    out.push(...footnotesMarkdown(evaluation.introduction.footnotes, scope));
  }

  for (const area of outline.areas) {
    out.push('', `## ${escapeInline(`Issue area ${area.id}: ${area.title}`)}`);
    for (const goal of area.sections) out.push(...goalMarkdown(goal, synthetic, labels));
    if (area.notEvaluated.length > 0) {
      out.push('', `### Not evaluated in this dataset (${area.notEvaluated.length})`, '');
      for (const g of area.notEvaluated) out.push(`- ${escapeInline(`${g.id} ${g.title}`)}`);
    }
  }

  if (evaluation.appendix?.length) {
    out.push('', '## Offences and penalties');
    evaluation.appendix.forEach((section, s) => {
      out.push('', `### ${escapeInline(section.title)}`);
      if (section.entries.length === 0) out.push('', 'No offences listed.');
      for (const entry of section.entries) {
        const scope = scopeOf(`appendix-${s}-${entry.n}`, entry.footnotes, labels);
        const pins = entry.statute.pinpoints?.length
          ? ` ${entry.statute.pinpoints.join('; ')}`
          : '';
        out.push('', `#### ${escapeInline(entry.name)}`, '');
        out.push(`*${escapeInline(`${entry.statute.citation}${pins}`)}*`, '');
        out.push(
          `- Classification: ${escapeInline(entry.classifications.length ? entry.classifications.join('; ') : 'Not stated')}`,
          `- Penalty: ${escapeInline(entry.penalty || 'Not stated')}`,
        );
        if (entry.blocks.length > 0) {
          out.push('', ...blocksMarkdown(entry.blocks, scope));
        }
        out.push(...footnotesMarkdown(entry.footnotes, scope));
      }
    });
  }

  out.push('', '## Sources', '');
  if (evaluation.sources.length) out.push(...evaluation.sources.map(sourceLine));
  else out.push('The evaluation file names no sources.');
  out.push('', escapeMarkdown(lawsAsOfNote(evaluation.asOf)));
  const authorship = authorshipNote(outline.evaluated > 0, synthetic, 'document');
  if (authorship) out.push('', escapeMarkdown(authorship));
  out.push('', '## Suggested citation', '');
  const citation = buildCitation({
    title,
    edition: evaluation.year,
    // The build keeps synthetic files in the demo dataset only.
    dataset: synthetic ? 'demo' : 'real',
    synthetic,
    framework,
    asOf: evaluation.asOf ? [evaluation.asOf] : [],
    link: input.url,
    accessed: input.retrieved,
    medium: 'state report',
  });
  // A fence longer than any run of backticks in the entry, so nothing in it can close the block.
  const runs = citation.bibtex.match(/`+/g) ?? [];
  const fence = '`'.repeat(Math.max(3, ...runs.map((r) => r.length + 1)));
  out.push(escapeMarkdown(citation.text), '', `${fence}bibtex`, citation.bibtex, fence);
  return `${out.join('\n')}\n`;
}
