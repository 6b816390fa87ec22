import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** The mock data server for tests (Node and jsdom). */
export const server = setupServer(...handlers);
