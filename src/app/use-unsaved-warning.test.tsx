// @vitest-environment jsdom
import { createEditor, type Editor } from '../store/editor';
import { afterEach, describe, expect, it, vi, beforeEach } from 'vitest';
import { cleanup, renderHook } from '@testing-library/react';
import { openFixture } from '../../test/support/fixtures';
import { createElement, type ReactNode } from 'react';
import { AutosaveProvider, createAutosave } from '../store/autosave';
import { useUnsavedWarning } from './use-unsaved-warning';

let editor: Editor = createEditor();
beforeEach(() => {
  editor = createEditor();
});

const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  cleanup();
});

/** Fires beforeunload as a closing tab does; true when the page asked the browser to prompt. */
function closingPrompts(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('closing the page', () => {
  it('asks first while changes cannot be saved, and not before there are any', async () => {
    // This test page has no IndexedDB: like a browser with storage blocked, nothing is saved.
    expect(typeof indexedDB).toBe('undefined');
    const autosave = createAutosave(editor, async () => ({ document: openFixture('hn-text_eggos-unikernel-thread.txt'), warnings: [] }));
    stops.push(autosave.start());
    await vi.waitFor(() => expect(editor.store.getState().save.status).toBe('off'));
    renderHook(() => useUnsavedWarning(), { wrapper: ({ children }: { children: ReactNode }) => createElement(AutosaveProvider, { autosave }, children) });
    expect(closingPrompts()).toBe(false);
    editor.actions.setTag('t4', 'pro');
    expect(closingPrompts()).toBe(true);
  });
});
