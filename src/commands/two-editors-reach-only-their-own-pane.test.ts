// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { DIALOG_LOADING_SELECTOR } from '../components/on-demand-dialog';
import { createEditor, type Editor } from '../store/editor';
import { createCommandContext, FIELD } from './context';
import { dispatchKey } from './dispatch';

/** One pane of the page of two maps: its fields and its map tree, as the pane renders them. */
function pane(): HTMLElement {
  const root = document.createElement('section');
  root.innerHTML = `<div data-map-tree tabindex="-1"></div><input data-field="${FIELD.find}"><textarea data-field="${FIELD.note}"></textarea>`;
  document.body.append(root);
  return root;
}

function contextIn(editor: Editor, root: HTMLElement) {
  return createCommandContext(editor, { mapView: () => null, showShortcuts: () => undefined, root: () => root });
}

const press = (key: string) => new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });

afterEach(() => document.body.replaceChildren());

describe('two editors on one page, each with its own root', () => {
  it('focuses the note and the find box of its own pane, never the other’s', () => {
    const [left, right] = [pane(), pane()];
    const leftKeys = contextIn(createEditor(), left);
    const rightKeys = contextIn(createEditor(), right);
    rightKeys.ui.focusNote();
    expect(document.activeElement).toBe(right.querySelector(`[data-field="${FIELD.note}"]`));
    leftKeys.ui.focusFind();
    expect(document.activeElement).toBe(left.querySelector(`[data-field="${FIELD.find}"]`));
  });

  it('waits for a dialog loading in its own pane only', () => {
    const [left, right] = [pane(), pane()];
    const leftKeys = contextIn(createEditor(), left);
    const rightKeys = contextIn(createEditor(), right);
    left.insertAdjacentHTML('beforeend', '<span data-dialog-loading hidden></span>');
    expect(left.querySelector(DIALOG_LOADING_SELECTOR)).not.toBeNull();
    // `/` focuses the find box: the left map waits for its dialog, the right one does not.
    expect(dispatchKey(press('/'), leftKeys)).toBeNull();
    expect(dispatchKey(press('/'), rightKeys)?.id).toBe('find.focus');
    expect(document.activeElement).toBe(right.querySelector(`[data-field="${FIELD.find}"]`));
  });
});
