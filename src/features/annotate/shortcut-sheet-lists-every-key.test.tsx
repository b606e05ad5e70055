// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { renderUi } from '../../../test/support/render-ui';
import { KEY_TABLE, showChord } from '../../commands';
import { createEditor } from '../../store/editor';
import { ShortcutHelp } from './ShortcutHelp';

afterEach(cleanup);

describe('the shortcut sheet', () => {
  it('lists every key of the command registry on the row of its command, and nothing else', () => {
    renderUi(createEditor(), <ShortcutHelp open onOpenChange={() => {}} />);
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

  it('groups the keys under headings, the tags first', () => {
    renderUi(createEditor(), <ShortcutHelp open onOpenChange={() => {}} />);
    const headings = within(screen.getByRole('dialog')).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(headings).toEqual(['Tag the selected card', 'Fix the structure', 'Find and filter', 'Move through the thread', 'Several coders', 'View and edit']);
    const tags = within(screen.getByRole('region', { name: 'Tag the selected card' })).getAllByRole('row');
    expect(tags[0]).toHaveTextContent('PPro: supports the comment it replies to');
  });
});
