import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorPanel } from '@/components/error-panel';

interface Props {
  children: ReactNode;
}

interface State {
  error: unknown;
}

/**
 * Catches a rendering fault in the page content so that it ends in a message in that part of the
 * page while the header and footer keep working. Data faults are handled by each view, not here.
 */
export class ContentErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error ?? new Error('Unknown error') };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Statewise: a view failed to render', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error) {
      return (
        <ErrorPanel
          title="Something went wrong"
          message="This part of the page could not be shown because of an unexpected error."
          onRetry={() => this.setState({ error: null })}
        />
      );
    }
    return this.props.children;
  }
}
