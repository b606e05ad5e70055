// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { renderUi } from '../../../test/support/render-ui';
import { keyTableFor, showChord } from '../../commands';
import { RUMOUREVAL_CODEBOOK, STANCE_CODEBOOK } from '../../core/document/codebook';
import type { Codebook } from '../../core/document/types';
import { createEditor } from '../../store/editor';
import { openFixture } from '../../../test/support/fixtures';
import { ShortcutHelp } from './ShortcutHelp';

afterEach(cleanup);

/** An editor with the sample thread open, coded with `codebook`. */
function editorWith(codebook: Codebook) {
  const editor = createEditor();
  const sample = openFixture('hn-text_eggos-unikernel-thread.txt');
  editor.actions.openDocument(codebook === STANCE_CODEBOOK ? sample : { ...sample, codebook });
  return editor;
}

describe.each([
  ['pro/con/question', STANCE_CODEBOOK],
  ['RumourEval', RUMOUREVAL_CODEBOOK],
])('the shortcut sheet of a map coded with %s', (_name, codebook) => {
  const KEY_TABLE = keyTableFor(codebook);
  it('lists every key of the command registry on the row of its command, and nothing else', () => {
    renderUi(editorWith(codebook), <ShortcutHelp open onOpenChange={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const rows = within(dialog).getAllByRole('row');
    const missing: string[] = [];
    for (const entry of KEY_TABLE) {
      const row = rows.find((candidate) => candidate.dataset.commands?.split(' ').includes(entry.id));
      if (!row) {
        missing.push(entry.id);
        continue;
      }
      const shown = within(row).getAllByText((_, element) => element?.tagName === 'KBD').map((kbd) => kbd.textContent);
      for (const key of entry.keys) if (!shown.includes(showChord(key))) missing.push(`${entry.id}: ${key}`);
      // Its own label, or the label of the row it shares with its siblings.
      const label = 'sheetRow' in entry && entry.sheetRow ? entry.sheetRow : entry.label;
      expect(row).toHaveTextContent(label);
    }
    expect(missing).toEqual([]);
    const keysShown = within(dialog).getAllByText((_, element) => element?.tagName === 'KBD').length;
    expect(keysShown).toBe(KEY_TABLE.reduce((sum, entry) => sum + entry.keys.length, 0));
  });

  it('groups the keys under headings, the categories first with their key, definition and example', () => {
    renderUi(editorWith(codebook), <ShortcutHelp open onOpenChange={() => {}} />);
    const headings = within(screen.getByRole('dialog')).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(headings).toEqual(['Tag the selected card', 'Fix the structure', 'Find and filter', 'Move through the thread', 'Several coders', 'View and edit']);
    const tags = within(screen.getByRole('region', { name: 'Tag the selected card' })).getAllByRole('row');
    codebook.categories.forEach((category, i) => {
      expect(tags[i]).toHaveTextContent(`${category.key.toUpperCase()}${category.label}: ${category.definition} e.g. “${category.example}”`);
    });
  });
});

describe('the shortcut sheet when the codebook takes other commands’ keys', () => {
  it('shows split on Shift+S and the disagreement walk on G under RumourEval', () => {
    renderUi(editorWith(RUMOUREVAL_CODEBOOK), <ShortcutHelp open onOpenChange={() => {}} />);
    const row = (id: string) => within(screen.getByRole('dialog')).getAllByRole('row').find((candidate) => candidate.dataset.commands?.split(' ').includes(id))!;
    expect(row('structure.split')).toHaveTextContent('Shift+S');
    expect(row('coders.nextDisagreement')).toHaveTextContent(/^GShift\+G/);
    expect(row('category.support')).toHaveTextContent(/^SSupport/);
  });
});
