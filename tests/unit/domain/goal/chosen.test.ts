import { describe, expect, it } from 'vitest';
import {
  chosenRows,
  describeChosenStatuses,
  describeStatusFilter,
  matchStates,
  showsChosenOnly,
  statusFiltered,
  toggleChosen,
} from '@/domain/goal/chosen';
import { goalStatusRows } from '@/domain/goal/status';
import { editionSummarySchema } from '@/domain/contract/summary-schema';
import demoFixture from '../../../../mocks/fixtures/goal-demo-2022-summary.json';
import realFixture from '../../../../mocks/fixtures/goal-real-2022-summary.json';

const real = editionSummarySchema.parse(realFixture);
const demo = editionSummarySchema.parse(demoFixture);
const NEIGHBOURS = ['CT', 'MA', 'NY', 'RI'];

describe('chosen states', () => {
  const rows = goalStatusRows(real, '2.9');

  it('shows every row unless only the chosen are asked for, and some are chosen', () => {
    expect(chosenRows(rows, NEIGHBOURS, false)).toHaveLength(51);
    expect(chosenRows(rows, [], true)).toHaveLength(51);
    expect(showsChosenOnly([], true)).toBe(false);
    expect(showsChosenOnly(['CT'], true)).toBe(true);
    // In the rows' order (by name), whatever the order chosen.
    expect(chosenRows(rows, ['RI', 'CT', 'NY', 'MA'], true).map((r) => r.code)).toEqual(NEIGHBOURS);
  });

  it('says where the chosen states stand, naming them', () => {
    expect(describeChosenStatuses(rows, NEIGHBOURS)).toBe(
      'Of the 4 chosen states, Connecticut partly meets it; Massachusetts, New York and Rhode Island are not evaluated (unknown).',
    );
    expect(describeChosenStatuses(rows, ['MA'])).toBe(
      'The chosen state: Massachusetts is not evaluated (unknown).',
    );
    expect(describeChosenStatuses(rows, [])).toBe('');
  });

  it('counts the chosen in a status when more than a dozen share it', () => {
    const many = ['AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL'];
    expect(describeChosenStatuses(rows, [...many, 'CT'])).toBe(
      'Of the 14 chosen states, Connecticut partly meets it; 13 are not evaluated (unknown).',
    );
  });

  it('adds and removes a state, keeping the order chosen', () => {
    expect(toggleChosen(['CT', 'MA'], 'NY')).toEqual(['CT', 'MA', 'NY']);
    expect(toggleChosen(['CT', 'MA', 'NY'], 'MA')).toEqual(['CT', 'NY']);
  });

  it('finds states by name, a word of the name, or code', () => {
    expect(matchStates('')).toHaveLength(51);
    expect(matchStates('new').map((j) => j.code)).toEqual(['NH', 'NJ', 'NM', 'NY']);
    expect(matchStates('ri').map((j) => j.code)).toEqual(['RI']);
    expect(matchStates('island').map((j) => j.code)).toEqual(['RI']);
    expect(matchStates('Columbia').map((j) => j.code)).toEqual(['DC']);
    expect(matchStates('zz')).toEqual([]);
  });
});

describe('the status filter', () => {
  const rows = goalStatusRows(demo, '2.5');

  it('keeps the rows of the statuses named, all without a filter', () => {
    expect(statusFiltered(rows, [])).toHaveLength(51);
    expect(statusFiltered(rows, ['partial'])).toHaveLength(13);
    expect(statusFiltered(rows, ['meets', 'partial'])).toHaveLength(23);
  });

  it('says what the table lists', () => {
    expect(describeStatusFilter(13, ['partial'], '2.5', false)).toBe(
      'The table shows the 13 jurisdictions that partly meet goal 2.5.',
    );
    expect(describeStatusFilter(23, ['partial', 'meets'], '2.5', false)).toBe(
      'The table shows the 23 jurisdictions that meet or partly meet goal 2.5.',
    );
    expect(describeStatusFilter(1, ['not-evaluated'], '2.9', true)).toBe(
      'The table shows the 1 chosen jurisdiction that is not evaluated on goal 2.9.',
    );
    expect(describeStatusFilter(0, ['meets'], '2.9', true)).toBe(
      'The table is empty: no chosen jurisdiction meets goal 2.9.',
    );
    expect(describeStatusFilter(51, [], '2.9', false)).toBe('');
  });
});
