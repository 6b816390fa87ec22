import type { Framework } from '@/domain/contract/framework-schema';

/**
 * How text names a framework's publisher and its publications, from the framework file, so that no
 * view types a publisher's name and a second framework is credited correctly.
 */
export type PublisherWords = Pick<
  Framework,
  'publisher' | 'publisherShortName' | 'reportTitle' | 'editionNoun' | 'stateReportNoun' | 'name'
>;
type Named = PublisherWords;

/** "Shared Hope International" */
export function publisherName(framework: Named): string {
  return framework.publisher;
}

/** "Shared Hope" (the full name where the file gives no short one) */
export function publisherShortName(framework: Named): string {
  return framework.publisherShortName ?? framework.publisher;
}

/** "Shared Hope’s" */
export function publisherPossessive(framework: Named): string {
  const name = publisherShortName(framework);
  return /s$/.test(name) ? `${name}’` : `${name}’s`;
}

/** "Report Cards on Child & Youth Sex Trafficking" (the framework's name where none is given) */
export function reportTitle(framework: Named): string {
  return framework.reportTitle ?? framework.name;
}

/** "2022 Report Cards on Child & Youth Sex Trafficking"; without a year, the title alone */
export function editionTitle(framework: Named, year?: number | null): string {
  return year == null ? reportTitle(framework) : `${year} ${reportTitle(framework)}`;
}

/** "2022 report cards" */
export function editionLabel(framework: Named, year: number): string {
  return `${year} ${framework.editionNoun ?? 'edition'}`;
}

/** "state report" */
export function stateReportNoun(framework: Named): string {
  return framework.stateReportNoun ?? 'state report';
}

/** "Shared Hope International, Report Cards on Child & Youth Sex Trafficking" */
export function publicationCredit(framework: Named, year?: number | null): string {
  return `${publisherName(framework)}, ${editionTitle(framework, year)}`;
}
