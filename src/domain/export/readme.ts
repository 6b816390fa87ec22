import { exportCitation } from './citation';
import {
  asOfWords,
  datasetWords,
  sourceWords,
  SYNTHETIC_NOTE,
  type ExportContext,
  type ExportMeta,
} from './spec';

/**
 * The README.txt of an export archive: what was selected, the source and as-of date, how the
 * coverage score is computed, and a suggested citation. Plain text, wrapped for any viewer.
 */
const WIDTH = 78;

export function wrapLine(text: string, width = WIDTH, indent = ''): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(indent + line);
  return lines.length ? lines : [indent.trimEnd()];
}

/** The lines that say what a file holds, shared by the README and the JSON's meta. */
export function describeExport(meta: ExportMeta, ctx: ExportContext): [string, string][] {
  const lines: [string, string][] = [
    ['Title', meta.title],
    ['Subtitle', meta.subtitle],
    ['View', meta.view],
    ['Edition', meta.edition === null ? 'all editions shown' : String(meta.edition)],
    ['Dataset', datasetWords(meta.dataset, meta.synthetic)],
  ];
  for (const item of meta.selection) lines.push([item.label, item.value]);
  lines.push(['Source', sourceWords(meta.source)]);
  const asOf = asOfWords(meta.asOf);
  lines.push(['Laws as of', asOf || 'not stated (no evaluated law shown)']);
  for (const note of meta.notes ?? []) lines.push(['Note', note]);
  lines.push(['Link', ctx.url]);
  lines.push(['Retrieved', ctx.retrieved]);
  return lines;
}

/** The formatted reference of the export (see citation.ts): the view, its data and pinned link. */
export function suggestedCitation(meta: ExportMeta, ctx: ExportContext): string {
  return exportCitation(meta, ctx).text;
}

function heading(text: string): string[] {
  return ['', text, '-'.repeat(text.length)];
}

export interface ReadmeFile {
  name: string;
  description: string;
}

export function readmeText(
  meta: ExportMeta,
  ctx: ExportContext,
  files: readonly ReadmeFile[],
): string {
  const title = `Statewise export: ${meta.title}`;
  const lines: string[] = [
    title,
    '='.repeat(Math.min(title.length, WIDTH)),
    ...wrapLine(meta.subtitle),
  ];
  if (meta.synthetic) {
    lines.push(
      '',
      ...wrapLine(`*** SYNTHETIC DEMO DATA *** Synthetic demo data: ${SYNTHETIC_NOTE}`),
    );
  }

  lines.push(...heading('Files'));
  for (const f of files) lines.push(...wrapLine(`${f.name}: ${f.description}`, WIDTH, '  '));

  lines.push(...heading('What was selected'));
  for (const [label, value] of describeExport(meta, ctx)) {
    if (label === 'Title' || label === 'Subtitle' || label === 'Source') continue;
    lines.push(...wrapLine(`${label}: ${value}`, WIDTH, '  '));
  }

  lines.push(...heading('Source'));
  lines.push(...wrapLine(sourceWords(meta.source), WIDTH, '  '));
  const asOf = asOfWords(meta.asOf);
  lines.push(
    ...wrapLine(
      asOf
        ? `Laws as of ${asOf} (the date up to which enacted laws were evaluated).`
        : 'No as-of date: none of the rows shown rests on an evaluated law.',
      WIDTH,
      '  ',
    ),
  );

  lines.push(...heading('The coverage score'));
  lines.push(
    ...wrapLine(
      meta.method ??
        'The coverage score is Statewise’s own measure: the share of credit a state earns over the evaluated goals (met 1, partly met ½, not met 0), 0–100, with equal weights. It is not the publisher’s score, and no grade is derived from it.',
      WIDTH,
      '  ',
    ),
  );

  lines.push(...heading('Reading the data'));
  lines.push(
    ...wrapLine(
      'Empty cells and "unknown" mean the data does not say (for example, a goal not evaluated in this dataset): unknown is not zero and not a failure. "No statutory minimum" is a known value, not a missing one.',
      WIDTH,
      '  ',
    ),
  );

  const citation = exportCitation(meta, ctx);
  lines.push(...heading('Suggested citation'));
  lines.push(...wrapLine(citation.text, WIDTH, '  '));
  lines.push('', '  BibTeX:', '', ...citation.bibtex.split('\n').map((l) => `  ${l}`));
  lines.push('');
  return lines.join('\r\n');
}
