import type { LimitationRule } from '@/domain/contract/evaluation-schema';
import type { FactKind } from '@/domain/contract/fact-kinds';
import type { ExportTable } from '@/domain/export/spec';
import { BASIS_LABELS, yesNo } from '@/domain/facts/fact-values';
import { JUVENILE_FIELD_LABELS, type JuvenileRow } from '@/domain/facts/juvenile';
import {
  describeLimitation,
  describeLimitationStart,
  LIMITATION_KIND_LABELS,
  LIMITATION_KINDS,
  type LimitationKind,
  type LimitationRow,
} from '@/domain/facts/limitations';
import {
  describeProtectionCount,
  PROTECTION_FIELDS,
  PROTECTION_LABELS,
  type ProtectionRow,
} from '@/domain/facts/protections';
import { statusFactColumns } from '@/domain/facts/registry';
import { STATUS_WORDS } from '@/domain/format/status-words';
import type { GoalStatusRow } from './status';

/**
 * The goal view's rows for CSV and JSON: one goal's status in every state (with what the goal's
 * typed facts add to it), and the comparisons of each kind of typed fact (juvenile court ages,
 * statutes of limitation, victim protections). "No statutory minimum" is a value (its own column
 * says so), unknown is empty: neither is zero.
 */
export function goalStatusTable(
  rows: readonly GoalStatusRow[],
  goalId: string,
  kinds: readonly FactKind[],
): ExportTable {
  const extra = statusFactColumns(kinds);
  return {
    columns: [
      { key: 'state', label: 'State' },
      { key: 'code', label: 'Code' },
      { key: 'status', label: `Goal ${goalId} status` },
      ...extra.map(({ key, label }) => ({ key, label })),
      { key: 'lawsAsOf', label: 'Laws as of' },
    ],
    rows: rows.map((row) => ({
      state: row.name,
      code: row.code,
      status: STATUS_WORDS[row.status],
      ...Object.fromEntries(extra.map((c) => [c.key, c.value(row.summary)])),
      lawsAsOf: row.status !== 'not-evaluated' ? (row.summary?.asOf ?? null) : null,
    })),
  };
}

export function juvenileTable(rows: readonly JuvenileRow[]): ExportTable {
  return {
    columns: [
      { key: 'state', label: 'State' },
      { key: 'code', label: 'Code' },
      { key: 'basis', label: 'Basis' },
      { key: 'minAge', label: 'Minimum age' },
      { key: 'noStatutoryMinimum', label: 'No statutory minimum' },
      { key: 'maxAge', label: 'Maximum age' },
      { key: 'automaticTransfer', label: JUVENILE_FIELD_LABELS.automaticTransfer },
      { key: 'directFile', label: JUVENILE_FIELD_LABELS.directFile },
      { key: 'discretionaryTransfer', label: JUVENILE_FIELD_LABELS.discretionaryTransfer },
      { key: 'traumaConsidered', label: JUVENILE_FIELD_LABELS.traumaConsidered },
      { key: 'confidence', label: 'Confidence (lowest)' },
      { key: 'referenceMinAge', label: 'Reference data: minimum age' },
      { key: 'referenceMaxAge', label: 'Reference data: maximum age' },
      { key: 'differences', label: 'Report and reference data differ on' },
    ],
    rows: rows.map((row) => {
      const f = row.facts;
      const r = row.reference;
      return {
        state: row.name,
        code: row.code,
        basis: f ? BASIS_LABELS[f.basis] : 'No data (unknown)',
        minAge: f ? f.minAge : null,
        noStatutoryMinimum: f ? f.minAge === null : null,
        maxAge: f ? f.maxAge : null,
        automaticTransfer: f ? yesNo(f.automaticTransfer) : null,
        directFile: f ? yesNo(f.directFile) : null,
        discretionaryTransfer: f ? yesNo(f.discretionaryTransfer) : null,
        traumaConsidered: f ? yesNo(f.traumaConsidered) : null,
        confidence: f?.minConfidence ?? null,
        referenceMinAge: r ? (r.minAge === null ? 'no statutory minimum' : r.minAge) : null,
        referenceMaxAge: r ? r.maxAge : null,
        differences:
          row.differences.map((d) => JUVENILE_FIELD_LABELS[d].toLowerCase()).join('; ') || null,
      };
    }),
  };
}

function ruleColumns(kind: LimitationKind, rule: LimitationRule | null) {
  return {
    [kind]: rule ? describeLimitation(rule) : null,
    [`${kind}NoLimit`]: rule ? rule.kind === 'none' : null,
    [`${kind}Years`]: rule?.kind === 'years' ? rule.years : null,
    [`${kind}From`]: rule?.kind === 'years' ? describeLimitationStart(rule.from) : null,
    [`${kind}Scope`]: rule?.scope ?? null,
  };
}

export function limitationTable(rows: readonly LimitationRow[]): ExportTable {
  const cols = (kind: LimitationKind, word: string) => [
    { key: kind, label: word },
    { key: `${kind}NoLimit`, label: `${word}: no time limit` },
    { key: `${kind}Years`, label: `${word}: years` },
    { key: `${kind}From`, label: `${word}: from` },
    { key: `${kind}Scope`, label: `${word}: scope` },
  ];
  return {
    columns: [
      { key: 'state', label: 'State' },
      { key: 'code', label: 'Code' },
      ...LIMITATION_KINDS.flatMap((kind) => cols(kind, LIMITATION_KIND_LABELS[kind])),
      { key: 'basis', label: 'Basis' },
    ],
    rows: rows.map((row) => ({
      state: row.name,
      code: row.code,
      ...ruleColumns('criminal', row.facts?.criminal ?? null),
      ...ruleColumns('civil', row.facts?.civil ?? null),
      basis: row.facts ? BASIS_LABELS[row.facts.basis] : 'No data (unknown)',
    })),
  };
}

export function protectionTable(rows: readonly ProtectionRow[]): ExportTable {
  return {
    columns: [
      { key: 'state', label: 'State' },
      { key: 'code', label: 'Code' },
      ...PROTECTION_FIELDS.map((f) => ({ key: f, label: PROTECTION_LABELS[f] })),
      { key: 'inLaw', label: 'In law' },
      { key: 'basis', label: 'Basis' },
    ],
    rows: rows.map((row) => ({
      state: row.name,
      code: row.code,
      ...Object.fromEntries(PROTECTION_FIELDS.map((f) => [f, row.facts ? row.values[f] : null])),
      inLaw: describeProtectionCount(row),
      basis: row.facts ? BASIS_LABELS[row.facts.basis] : 'No data (unknown)',
    })),
  };
}
