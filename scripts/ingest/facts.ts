import type {
  Block,
  GoalTable,
  JuvenileJurisdiction,
  LimitationRule,
  Source,
  Statute,
  StatuteOfLimitations,
  VictimProtections,
} from '@/domain/contract/evaluation-schema';
import { parseNumberWord, quoteForMessage } from './text';
import { findCitations, mergeStatutes } from './statutes';

/**
 * Typed facts read from a goal's table and text, for comparisons that need values rather than
 * prose. A value the report does not state plainly stays null (unknown) rather than being guessed.
 */

function column(table: GoalTable, pattern: RegExp): number {
  return table.columns.findIndex((c) => pattern.test(c));
}

function row(table: GoalTable, pattern: RegExp): string[] | undefined {
  return table.rows.find((r) => pattern.test(r.label))?.cells;
}

function cell(cells: string[] | undefined, index: number): string | undefined {
  return index >= 0 ? cells?.[index] : undefined;
}

/** "Yes. …" → true, "No." / "Not statutorily required." / "None." → false, anything else → null. */
export function yesNo(text: string | undefined): boolean | null {
  if (!text) return null;
  const t = text.trim();
  if (/^(no|not|none)\b/i.test(t)) return false;
  if (/^yes\b/i.test(t)) return true;
  return null;
}

function statutesOf(texts: (string | undefined)[], state: string): Statute[] {
  return mergeStatutes(
    texts.flatMap((t) => (t ? findCitations(t, state).map((c) => c.statute) : [])),
  );
}

export function juvenileJurisdictionFacts(
  table: GoalTable,
  analysisText: string,
  state: string,
  source: Source,
): JuvenileJurisdiction | string {
  const summary = row(table, /^summary$/i);
  const statutes = row(table, /statute/i);
  if (!summary) return 'the 2.9 table has no Summary row';
  const minCol = column(table, /minimum age/i);
  const maxCol = column(table, /maximum age/i);
  const autoCol = column(table, /automatic|direct file/i);
  const discCol = column(table, /discretionary/i);
  const traumaCol = column(table, /trauma|victimization/i);
  if ([minCol, maxCol, autoCol, discCol, traumaCol].some((c) => c < 0)) {
    return `the 2.9 table's columns are not the expected five: ${table.columns.join(' | ')}`;
  }
  const minText = cell(summary, minCol) ?? '';
  const maxText = cell(summary, maxCol) ?? '';
  const minMatch = /^(\d{1,2})\b/.exec(minText.trim());
  const noMinimum = /^(none|no minimum|no statutory minimum)\b/i.test(minText.trim());
  const maxMatch = /^(\d{1,2})\b/.exec(maxText.trim());
  if (!minMatch && !noMinimum) return `cannot read a minimum age from ${quoteForMessage(minText)}`;
  if (!maxMatch) return `cannot read a maximum age from ${quoteForMessage(maxText)}`;

  // The report's column joins "Automatic Transfers or Direct File"; split it only as far as the
  // report's own words allow, and leave the other part unknown.
  const autoText = cell(summary, autoCol) ?? '';
  const either = yesNo(autoText);
  const words = `${autoText} ${analysisText}`;
  const automatic =
    either === false ? false : either && /automatic transfer/i.test(words) ? true : null;
  const directFile =
    either === false ? false : either && /direct(ly)? fil/i.test(words) ? true : null;

  return {
    minAge: minMatch ? Number(minMatch[1]) : null,
    maxAge: Number(maxMatch[1]),
    automaticTransfer: automatic,
    directFile,
    discretionaryTransfer: yesNo(cell(summary, discCol)),
    traumaConsidered: yesNo(cell(summary, traumaCol)),
    basis: 'report',
    notes: table.columns.map((c, i) => `${c}: ${summary[i] ?? ''}`).join(' | '),
    sources: [source],
    statutes: statutesOf(statutes ?? [], state),
  };
}

export function victimProtectionFacts(
  table: GoalTable,
  state: string,
  source: Source,
): VictimProtections | string {
  const summary = row(table, /^summary$/i);
  const statutes = row(table, /statute/i);
  if (!summary) return 'the 5.3 table has no Summary row';
  const cols = {
    advocate: column(table, /advocate/i),
    courtroomSupports: column(table, /courtroom|testifying/i),
    identityProtected: column(table, /identifying|identity|confidential/i),
  };
  if (Object.values(cols).some((c) => c < 0)) {
    return `the 5.3 table's columns are not the expected three: ${table.columns.join(' | ')}`;
  }
  const value = (i: number): boolean | null => {
    const explicit = yesNo(cell(summary, i));
    if (explicit !== null) return explicit;
    // A described protection with a statute cited is in law; a description without one is unknown.
    const law = cell(statutes, i);
    return cell(summary, i) && law && yesNo(law) !== false ? true : null;
  };
  return {
    advocate: value(cols.advocate),
    courtroomSupports: value(cols.courtroomSupports),
    identityProtected: value(cols.identityProtected),
    basis: 'report',
    text: {
      advocate: cell(summary, cols.advocate) ?? '',
      courtroomSupports: cell(summary, cols.courtroomSupports) ?? '',
      identityProtected: cell(summary, cols.identityProtected) ?? '',
    },
    sources: [source],
    statutes: statutesOf(statutes ?? [], state),
  };
}

const START = String.raw`(?:from|after)\s+(?:the\s+date\s+(?:on\s+which\s+)?)?(?:such\s+(?:person|victim)|the\s+victim|he\s+or\s+she|the\s+person)\s+(?:attains|reaches|turns)\s+(?:the\s+age\s+of\s+)?([a-z0-9-]+)(?:\s+years)?`;
const PERIOD = new RegExp(
  String.raw`(?:later\s+than|within)\s+([a-z0-9-]+)\s+years\s+(?:next\s+)?${START}`,
  'i',
);
const PERIOD_FROM_OFFENSE =
  /(?:later\s+than|within)\s+([a-z0-9-]+)\s+years\s+(?:next\s+)?(?:after|from)\s+(?:the\s+)?(?:offense|date\s+of\s+the\s+offense|act)/i;

function periodRule(text: string, scope: string | undefined): LimitationRule | null {
  let m = PERIOD.exec(text);
  if (m) {
    const years = parseNumberWord(m[1]!);
    const age = parseNumberWord(m[2]!);
    if (years !== null && age !== null) {
      return { kind: 'years', years, from: `age-${age}`, ...(scope ? { scope } : {}), text: m[0] };
    }
  }
  m = PERIOD_FROM_OFFENSE.exec(text);
  if (m) {
    const years = parseNumberWord(m[1]!);
    if (years !== null)
      return { kind: 'years', years, from: 'offense', ...(scope ? { scope } : {}), text: m[0] };
  }
  return null;
}

function blockText(b: Block): string {
  return b.type === 'list' ? b.items.map((i) => i.text).join(' ') : b.text;
}

/**
 * Goal 4.6. The criminal rule comes from the report's verdict ("Prosecutions for … may commence at
 * any time"); the civil period from the statute quoted after the report turns to civil actions.
 */
export function statuteOfLimitationsFacts(
  analysis: Block[],
  state: string,
  source: Source,
): StatuteOfLimitations {
  const prose = analysis.filter((b) => b.type === 'paragraph').map(blockText);
  const all = analysis.map(blockText).join('\n');

  let criminal: LimitationRule | null = null;
  const anyTime = prose
    .map((p) =>
      /Prosecutions?\s+for\s+([^.;]+?)\s+may\s+(?:commence|be\s+commenced|be\s+brought)\s+at\s+any\s+time/i.exec(
        p,
      ),
    )
    .find(Boolean);
  if (anyTime) {
    criminal = { kind: 'none', scope: anyTime[1]!.trim(), text: anyTime[0] };
  } else if (
    /criminal[^.]*\beliminated\b/i.test(prose.join(' ')) &&
    !/not\s+eliminated/i.test(prose.join(' '))
  ) {
    criminal = { kind: 'none', text: prose.find((p) => /eliminated/i.test(p)) ?? '' };
  }

  // Civil: the blocks from the first prose paragraph that turns to civil actions onwards.
  let civil: LimitationRule | null = null;
  const civilStart = analysis.findIndex(
    (b) =>
      b.type === 'paragraph' && /civil\s+actions?/i.test(b.text) && !/^Prosecutions/i.test(b.text),
  );
  if (civilStart >= 0) {
    const civilText = analysis.slice(civilStart).map(blockText).join('\n');
    if (
      /civil[^.]*\b(may be brought at any time|no limitation|eliminated)\b/i.test(civilText) &&
      !/not\s+eliminated/i.test(civilText)
    ) {
      civil = { kind: 'none', text: civilText.slice(0, 300) };
    } else {
      civil = periodRule(civilText, undefined);
    }
  }
  return {
    criminal,
    civil,
    basis: 'report',
    sources: [source],
    statutes: statutesOf([all], state),
  };
}
