// Adds DOM matchers (toBeInTheDocument, …) for component tests that run under jsdom.
import '@testing-library/jest-dom/vitest';

// The app asks for the coder's name before the first tag; tests start as a browser that was asked
// and left it blank, so tags are made at once. Tests of that question reset it themselves.
globalThis.localStorage?.setItem('threadmap.coder', JSON.stringify({ name: null }));
