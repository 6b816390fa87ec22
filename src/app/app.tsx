import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { HomePage } from '@/features/home/home-page';
import { AppShell } from './app-shell';
import { ContentErrorBoundary } from './content-error-boundary';
import { createQueryClient } from './query-client';

export interface AppProps {
  /** For tests; the app creates its own client otherwise. */
  queryClient?: QueryClient;
}

export function App({ queryClient }: AppProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <QueryClientProvider client={client}>
      <AppShell>
        <ContentErrorBoundary>
          <HomePage />
        </ContentErrorBoundary>
      </AppShell>
    </QueryClientProvider>
  );
}
