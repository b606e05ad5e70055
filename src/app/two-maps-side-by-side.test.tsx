// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Tooltip } from 'radix-ui';
import { openFixture } from '../../test/support/fixtures';
import { createEditor, EditorProvider, type Editor } from '../store/editor';
import { SidePanel } from './SidePanel';

afterEach(cleanup);

function openMap(fixture: string, selected: string): Editor {
  const editor = createEditor({ initial: { coder: null, coderAsked: true } });
  editor.actions.openDocument(openFixture(fixture));
  editor.actions.select(selected);
  return editor;
}

/** Two maps on one page, each with the side panel of its own editor. */
function renderSideBySide(left: Editor, right: Editor) {
  render(
    <Tooltip.Provider>
      <section aria-label="Left map">
        <EditorProvider editor={left}><SidePanel /></EditorProvider>
      </section>
      <section aria-label="Right map">
        <EditorProvider editor={right}><SidePanel /></EditorProvider>
      </section>
    </Tooltip.Provider>,
  );
  return { left: within(screen.getByRole('region', { name: 'Left map' })), right: within(screen.getByRole('region', { name: 'Right map' })) };
}

describe('two maps open side by side', () => {
  it('edit, count and undo independently, each in its own editor', async () => {
    const user = userEvent.setup();
    const hn = openMap('hn-algolia-derived_14952787_first-3-top-level.json', '14953048');
    const text = openMap('hn-text_eggos-unikernel-thread.txt', 't1');
    const { left, right } = renderSideBySide(hn, text);
    expect(left.getByTestId('tag-counter')).toHaveTextContent('Tagged 0 of 545');
    expect(right.getByTestId('tag-counter')).toHaveTextContent('Tagged 0 of 31');

    await user.click(left.getByRole('button', { name: 'Con' }));
    await user.click(right.getByRole('button', { name: 'Pro' }));
    await user.click(right.getByRole('button', { name: 'Question' }));
    expect(left.getByTestId('tag-counter')).toHaveTextContent('Tagged 1 of 545');
    expect(hn.store.getState().annotations['14953048']?.tag).toBe('con');
    expect(text.store.getState().annotations.t1?.tag).toBe('question');
    expect(hn.store.getState().annotations.t1).toBeUndefined();

    // Undo in one map takes back only that map's step.
    expect(text.undo()).toBe(true);
    expect(text.store.getState().annotations.t1?.tag).toBe('pro');
    expect(hn.store.getState().annotations['14953048']?.tag).toBe('con');
    expect(hn.history().past).toHaveLength(1);
    expect(text.history().past).toHaveLength(1);
  });
});
