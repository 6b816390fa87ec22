import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { frameworkSchema } from '@/domain/contract/framework-schema';
import { FIRST_ROWS, HeatmapGrid } from '@/features/heatmap/heatmap-grid';
import { syntheticHeatmapModel } from '../../scripts/bench/harness-model';

// 51 rows, more than the first screenful: the rest are drawn after the first commit.
const REPO = resolve(import.meta.dirname, '../..');
const framework = frameworkSchema.parse(
  JSON.parse(readFileSync(join(REPO, 'data/frameworks/shared-hope-2022.json'), 'utf8')),
);
const model = syntheticHeatmapModel(framework, 51);

async function renderGrid() {
  const { container } = render(
    <HeatmapGrid
      model={model}
      label="Policy goals met, by state"
      scoreHeading="Score (evaluated)"
      openCell={null}
      onOpen={vi.fn()}
    />,
  );
  // Drawn after the first paint; until then a box of its size, hidden from assistive technology.
  expect(screen.queryByRole('grid')).not.toBeInTheDocument();
  expect(container.querySelector('.hm-scroll')).toHaveAttribute('aria-hidden', 'true');
  return screen.findByRole('grid', { name: 'Policy goals met, by state' });
}

describe('heatmap grid drawn progressively', () => {
  it('says its full size while the first rows are drawn, then draws every row in order', async () => {
    const grid = await renderGrid();
    expect(grid).toHaveAttribute('aria-rowcount', '53');
    const first = within(grid).getAllByRole('row');
    expect(first.length).toBe(FIRST_ROWS + 2);
    expect(first.at(-1)).toHaveAttribute('aria-rowindex', String(FIRST_ROWS + 2));

    await waitFor(() => expect(within(grid).getAllByRole('row')).toHaveLength(53));
    const rows = within(grid).getAllByRole('row');
    rows.forEach((row, i) => expect(row).toHaveAttribute('aria-rowindex', String(i + 1)));
    expect(within(rows[52]!).getByRole('rowheader')).toHaveTextContent(model.rows[50]!.name);
    expect(within(grid).getAllByRole('gridcell')).toHaveLength(51 * model.columns.length);
    // Still one tab stop, on the first cell.
    expect(grid.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
  });

  it('Ctrl+End before the last rows are drawn goes to the last cell', async () => {
    const user = userEvent.setup();
    const grid = await renderGrid();
    expect(within(grid).getAllByRole('row')).toHaveLength(FIRST_ROWS + 2);
    const first = grid.querySelector<HTMLElement>('[role=gridcell][tabindex="0"]')!;
    first.focus();
    await user.keyboard('{Control>}{End}{/Control}');
    const last = model.rows[50]!;
    const lastColumn = model.columns.at(-1)!;
    expect(document.activeElement).toHaveAccessibleName(
      new RegExp(`^${last.name}, goal ${lastColumn.goalId.replace('.', '\\.')} `),
    );
    expect(grid.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
  });
});
