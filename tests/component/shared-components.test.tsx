import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ErrorPanel } from '@/components/error-panel';
import { LoadingSkeleton } from '@/components/loading-skeleton';
import { ViewDataGate } from '@/components/view-data-gate';

describe('ErrorPanel', () => {
  it('is an alert labelled by its heading, with the message and a Retry button', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    render(<ErrorPanel title="Could not load" message="The file is empty." onRetry={onRetry} />);

    const alert = screen.getByRole('alert', { name: 'Could not load' });
    expect(alert).toHaveTextContent('The file is empty.');
    expect(screen.getByRole('heading', { level: 2, name: 'Could not load' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('disables the button while retrying, and has none without onRetry', () => {
    const { rerender } = render(
      <ErrorPanel title="T" message="M" onRetry={() => undefined} retrying level={3} />,
    );
    expect(screen.getByRole('button', { name: 'Retrying…' })).toBeDisabled();
    expect(screen.getByRole('heading', { level: 3 })).toBeInTheDocument();
    rerender(<ErrorPanel title="T" message="M" />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});

describe('LoadingSkeleton', () => {
  it('is a busy status region of the given size', () => {
    render(<LoadingSkeleton label="Loading the map" width="20rem" height={240} lines={2} />);
    const status = screen.getByRole('status', { name: 'Loading the map' });
    expect(status).toHaveAttribute('aria-busy', 'true');
    expect(status).toHaveStyle({ width: '20rem', height: '240px' });
    expect(status.querySelectorAll('.skeleton__line')).toHaveLength(2);
  });
});

describe('ViewDataGate', () => {
  const ok = <T,>(data: T) => ({
    data,
    error: null,
    isPending: false,
    isFetching: false,
    refetch: vi.fn(),
  });
  const pending = {
    data: undefined,
    error: null,
    isPending: true,
    isFetching: true,
    refetch: vi.fn(),
  };
  const failed = (message: string) => ({
    data: undefined,
    error: new Error(message),
    isPending: false,
    isFetching: false,
    refetch: vi.fn(),
  });

  it('draws the view only when both the framework and the summary are there', () => {
    render(
      <ViewDataGate framework={ok('F')} summary={ok('S')} summaryWhat="the summary" height={100}>
        {(f, s) => <p>{`${f}+${s}`}</p>}
      </ViewDataGate>,
    );
    expect(screen.getByText('F+S')).toBeInTheDocument();
  });

  it('shows the summary skeleton while it loads, named for what it is', () => {
    render(
      <ViewDataGate
        framework={ok('F')}
        summary={pending}
        summaryWhat="the summary for 2022"
        height={100}
      >
        {() => <p>view</p>}
      </ViewDataGate>,
    );
    expect(
      screen.getByRole('status', { name: 'Loading the summary for 2022' }),
    ).toBeInTheDocument();
    expect(screen.queryByText('view')).not.toBeInTheDocument();
  });

  it('says which file failed, with Retry that refetches it; the framework comes first', async () => {
    const user = userEvent.setup();
    const framework = failed('The framework file is empty.');
    render(
      <ViewDataGate
        framework={framework}
        summary={failed('other')}
        summaryWhat="the summary"
        height={100}
      >
        {() => <p>view</p>}
      </ViewDataGate>,
    );
    const alert = screen.getByRole('alert', { name: 'Could not load the policy framework' });
    expect(alert).toHaveTextContent('The framework file is empty.');
    expect(screen.queryByText('other')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(framework.refetch).toHaveBeenCalledTimes(1);
  });
});
