import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';

/**
 * The mock data server for the browser, for development without built data. Not started by the
 * app yet; it needs `npx msw init public` to write the service worker script first.
 */
export const worker = setupWorker(...handlers);
