// @vitest-environment jsdom
import { createEditor, type Editor } from '../../store/editor';
import { renderUi } from '../../../test/support/render-ui';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openFixture } from '../../../test/support/fixtures';
import { FindBar } from './FindBar';
import { shownFind } from '../../store/selectors';
import { SuggestionOffer } from './SuggestionOffer';

let editor: Editor = createEditor();
beforeEach(() => {
  editor = createEditor();
});

function renderBar() {
  return renderUi(
      editor,
    <>
      <FindBar />
    </>,
  );
}

beforeEach(() => {
  editor.actions.openDocument(openFixture('hn-text_eggos-unikernel-thread.txt'));
  editor.actions.clearCriteria();
});
afterEach(cleanup);

describe('FindBar', () => {
  it('counts the matches of a search and steps through them with Enter and Shift+Enter', async () => {
    const user = userEvent.setup();
    renderBar();
    await user.type(screen.getByRole('searchbox', { name: 'Find text or author' }), 'E1000');
    // t5, t6, t7 and t8 talk about the e1000 driver.
    expect(screen.getByTestId('match-count')).toHaveTextContent('4 matches');
    await user.keyboard('{Enter}');
    expect(editor.store.getState().selectedId).toBe('t5');
    expect(screen.getByTestId('match-count')).toHaveTextContent('1 of 4');
    await user.keyboard('{Enter}{Enter}');
    expect(editor.store.getState().selectedId).toBe('t7');
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    expect(screen.getByTestId('match-count')).toHaveTextContent('2 of 4');
  });

  it('focuses the find box with / and clears the search with the clear button', async () => {
    const user = userEvent.setup();
    renderBar();
    await user.keyboard('/');
    expect(screen.getByRole('searchbox')).toHaveFocus();
    await user.keyboard('nanos');
    expect(screen.getByTestId('match-count')).toHaveTextContent('1 match');
    await user.click(screen.getByRole('button', { name: 'Clear the search and filters' }));
    expect(screen.getByRole('searchbox')).toHaveValue('');
    expect(screen.queryByTestId('match-count')).toBeNull();
  });
});

describe('FindBar and the map', () => {
  it('[regression] sends focus back to the map after Enter, so the next P is not typed into the box', async () => {
    const user = userEvent.setup();
    renderUi(
      editor,
      <>
        <FindBar />
        <div data-map-tree="" tabIndex={-1} role="tree" aria-label="Argument map">
          <div role="treeitem" tabIndex={0} aria-selected="false">A card</div>
        </div>
      </>,
    );
    const box = screen.getByRole('searchbox', { name: 'Find text or author' });
    await user.type(box, 'E1000');
    await user.keyboard('{Enter}');
    expect(editor.store.getState().selectedId).toBe('t5');
    expect(screen.getByRole('treeitem')).toHaveFocus();
    await user.keyboard('p');
    expect(box).toHaveValue('E1000');
  });

  it('keeps focus in the box when nothing matches', async () => {
    const user = userEvent.setup();
    renderUi(
      editor,
      <>
        <FindBar />
        <div data-map-tree="" tabIndex={-1} role="tree" aria-label="Argument map">
          <div role="treeitem" tabIndex={0} aria-selected="false">A card</div>
        </div>
      </>,
    );
    const box = screen.getByRole('searchbox', { name: 'Find text or author' });
    await user.type(box, 'zzzzqqq');
    await user.keyboard('{Enter}');
    expect(box).toHaveFocus();
  });
});

describe('FilterMenu', () => {
  it('filters to untagged cards of a depth range and switches from dimming to hiding the rest', async () => {
    const user = userEvent.setup();
    renderBar();
    // The menu's code loads after the bar: its button is pressable once it has.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Filters' })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    await user.selectOptions(screen.getByLabelText('Tag'), 'untagged');
    // The 31 comments, not the post (which takes no tag).
    expect(screen.getByTestId('match-count')).toHaveTextContent('31 matches');
    await user.type(screen.getByRole('spinbutton', { name: 'Smallest depth' }), '3');
    // Depth 3 and deeper: t3–t8, t11, t12, t17, t23, t24, t27, t28 and t31.
    expect(screen.getByTestId('match-count')).toHaveTextContent('14 matches');
    expect(editor.store.getState().find.mode).toBe('dim');
    await user.click(screen.getByRole('radio', { name: 'Hide' }));
    expect(editor.store.getState().find.mode).toBe('hide');
    expect(shownFind(editor.store.getState())?.order).toHaveLength(14);
    // A search that matches nothing under Hide leaves the map whole, not empty.
    await user.type(screen.getByRole('searchbox', { name: 'Find text or author' }), 'zzzz-no-such-words');
    expect(screen.getByTestId('match-count')).toHaveTextContent(/no matches/i);
    expect(editor.store.getState().find.result?.order).toHaveLength(0);
    expect(shownFind(editor.store.getState())).toBeNull();
    await user.clear(screen.getByRole('searchbox', { name: 'Find text or author' }));
    if (!screen.queryByRole('checkbox', { name: 'Show tag suggestions' })) await user.click(screen.getByRole('button', { name: /^Filters/ }));
    // Clear filters brings the map back as it opens: no criteria, and the rest dimmed, not hidden.
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(editor.store.getState().find.criteria.tag).toBe('any');
    expect(editor.store.getState().find.mode).toBe('dim');
    await user.click(screen.getByRole('radio', { name: 'Hide' }));
    await user.click(screen.getByRole('checkbox', { name: 'Show tag suggestions' }));
    expect(editor.store.getState().find.showSuggestions).toBe(false);
    editor.store.setState((state) => ({ find: { ...state.find, ...{ mode: 'dim', showSuggestions: true } } }));
  });
});

describe('SuggestionOffer', () => {
  it('offers the suggested tag with its reason and accepts it', async () => {
    const user = userEvent.setup();
    editor.actions.select('t14');
    renderUi(editor, <SuggestionOffer id="t14" />);
    expect(screen.getByRole('note', { name: 'Suggested tag' })).toHaveTextContent('What are the differences between Unikernel and RTOS?');
    await user.click(screen.getByRole('button', { name: 'Accept Question (A)' }));
    expect(editor.store.getState().annotations.t14?.tag).toBe('question');
    expect(screen.queryByRole('note')).toBeNull();
  });
});
