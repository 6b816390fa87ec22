/**
 * The fault matrix: every resource the app fetches × every way fetching it can fail. The
 * component test (tests/component/fault-matrix.test.tsx) runs one test per cell, named
 * `<resource> × <fault>`, and scripts/fault-matrix.ts turns a run's results into
 * docs/fault-matrix.md in this order. It lives here so the script needs nothing from tests/.
 */
export const FAULT_RESOURCES = [
  'data manifest',
  'policy framework',
  'edition summary',
  'state evaluation',
  'grade history',
] as const;

export const FAULTS = [
  '404',
  '500',
  'timeout',
  'not JSON',
  'schema violation',
  'empty body',
  'unknown schemaVersion',
] as const;

export type FaultResource = (typeof FAULT_RESOURCES)[number];
export type Fault = (typeof FAULTS)[number];

/** The test name of one cell. */
export function cellName(resource: FaultResource, fault: Fault): string {
  return `${resource} × ${fault}`;
}
