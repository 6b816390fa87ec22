import { exportCitation } from './citation';
import {
  SYNTHETIC_NOTE,
  type ExportContext,
  type ExportMeta,
  type ExportTable,
  type ExportValue,
} from './spec';

/**
 * JSON of exactly the rows a view shows: `meta` says what they are (view, edition, dataset with
 * the synthetic mark, filters, source, as-of dates, link, citation), `columns` names each field as
 * the table does, `rows` hold typed values (numbers as numbers, unknown as null, never zero).
 */
export interface ExportJson {
  meta: {
    generator: 'Statewise';
    view: string;
    title: string;
    subtitle: string;
    edition: number | null;
    dataset: string;
    synthetic: boolean;
    syntheticNote?: string;
    selection: Record<string, string>;
    source: string;
    asOf: string[];
    method?: string;
    notes?: string[];
    link: string;
    retrieved: string;
    /** How to cite the data: a formatted reference and a BibTeX entry */
    citation: { text: string; bibtex: string };
  };
  columns: { key: string; label: string }[];
  rows: Record<string, ExportValue>[];
}

export function exportJson(table: ExportTable, meta: ExportMeta, ctx: ExportContext): ExportJson {
  return {
    meta: {
      generator: 'Statewise',
      view: meta.view,
      title: meta.title,
      subtitle: meta.subtitle,
      edition: meta.edition,
      dataset: meta.dataset,
      synthetic: meta.synthetic,
      ...(meta.synthetic ? { syntheticNote: `Synthetic demo data: ${SYNTHETIC_NOTE}` } : {}),
      selection: Object.fromEntries(meta.selection.map((s) => [s.label, s.value])),
      source: meta.source,
      asOf: [...meta.asOf],
      ...(meta.method ? { method: meta.method } : {}),
      ...(meta.notes?.length ? { notes: [...meta.notes] } : {}),
      link: ctx.url,
      retrieved: ctx.retrieved,
      citation: (({ text, bibtex }) => ({ text, bibtex }))(exportCitation(meta, ctx)),
    },
    columns: table.columns.map((c) => ({ key: c.key, label: c.label })),
    rows: table.rows.map((row) =>
      Object.fromEntries(table.columns.map((c) => [c.key, row[c.key] ?? null])),
    ),
  };
}

export function toJson(table: ExportTable, meta: ExportMeta, ctx: ExportContext): string {
  return `${JSON.stringify(exportJson(table, meta, ctx), null, 2)}\n`;
}
