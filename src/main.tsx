import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/base.css';
import './app/app.css';
import { App } from './app/App';

// Two maps side by side (`?compare`), loaded only when asked for.
const ComparePage = lazy(() => import('./app/ComparePage').then((module) => ({ default: module.ComparePage })));
const compare = new URLSearchParams(location.search).has('compare');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {compare ? (
      <Suspense fallback={null}>
        <ComparePage />
      </Suspense>
    ) : (
      <App />
    )}
  </StrictMode>,
);
