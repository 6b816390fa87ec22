import { describe, expect, it } from 'vitest';
import { frameworkIdOf } from '@/domain/contract/dataset-framework';

const manifest = {
  frameworks: [{ id: 'shared-hope-2022' }, { id: 'other-2024' }],
  datasets: [
    { id: 'real', framework: 'shared-hope-2022' },
    { id: 'demo', framework: 'other-2024' },
  ],
} as unknown as Parameters<typeof frameworkIdOf>[0];

describe('the framework of a dataset', () => {
  it("is the dataset's own framework", () => {
    expect(frameworkIdOf(manifest, 'real')).toBe('shared-hope-2022');
    expect(frameworkIdOf(manifest, 'demo')).toBe('other-2024');
  });

  it("is the manifest's first framework for an unknown dataset", () => {
    expect(frameworkIdOf(manifest, 'nope')).toBe('shared-hope-2022');
  });

  it('is empty when the manifest lists no framework', () => {
    expect(frameworkIdOf({ frameworks: [], datasets: [] } as never, 'real')).toBe('');
  });
});
