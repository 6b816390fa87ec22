import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../../mocks/node';

// Views are lazy chunks: on a loaded 2-core CI machine the first import can take longer than the
// default 1 s of findBy/waitFor, which made tests fail at random. Waiting longer costs nothing when
// the page is right, and a wrong page still fails.
configure({ asyncUtilTimeout: 5000 });

// Only the network is mocked: every data request goes to the msw fixtures, and any request no
// handler answers fails the test.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());
