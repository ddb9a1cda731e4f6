import { createBrowserRouter } from 'react-router';
import { routes } from './routes';

/** The browser's router over every page (routes.tsx; the server renders the showcase from the same). */
export const router = createBrowserRouter(routes);
