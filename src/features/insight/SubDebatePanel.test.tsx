// @vitest-environment jsdom
import { createEditor, type Editor } from '../../store/editor';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openFixture } from '../../../test/support/fixtures';
import { renderUi } from '../../../test/support/render-ui';
import { measureThread, sortSubDebates } from '../../core/insight';
import { SubDebatePanel } from './SubDebatePanel';

let editor: Editor = createEditor();
beforeEach(() => {
  editor = createEditor();
});

const ALGOLIA = 'hn-algolia-derived_14952787_first-3-top-level.json';

beforeEach(() => {
  editor.actions.openDocument(openFixture(ALGOLIA));
});
afterEach(cleanup);

/** The measure shown on each row of the list, top to bottom. */
function rowValues() {
  return within(screen.getByRole('list')).getAllByRole('button').map((row) => row.querySelector('.insight-value')!.textContent);
}

describe('SubDebatePanel', () => {
  it('opens from the keyboard and lists every sub-debate, the biggest first, under the summary', async () => {
    const user = userEvent.setup();
    renderUi(editor, <SubDebatePanel />);
    const toggle = screen.getByRole('button', { name: /Sub-debates/ });
    expect(toggle).toHaveTextContent('3');
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByText(/^578 comments by \d+ people over 4\.7 days/)).toBeInTheDocument();
    const values = rowValues().map(Number);
    // Three top-level sub-debates and the big branches inside them.
    expect(values.length).toBeGreaterThan(3);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(values[0]).toBe(458);
  });

  it('says a sub-debate whose only comment is dead has no named author, not "0 people"', async () => {
    const user = userEvent.setup();
    const { nodes } = editor.store.getState();
    // A top-level comment the site killed: no author, no text, no replies.
    editor.store.setState({ nodes: [...nodes, { id: 'dead-top', parent: nodes[0]!.id, kind: 'comment', author: null, createdAt: '2017-08-08T00:00:00.000Z', text: '', url: null, status: 'dead' }] });
    renderUi(editor, <SubDebatePanel />);
    await user.click(screen.getByRole('button', { name: /Sub-debates/ }));
    await user.selectOptions(screen.getByLabelText('Sort by'), 'participants');
    const values = rowValues();
    expect(values).toContain('no named author');
    expect(values.filter((value) => /^0 people/.test(value ?? ''))).toEqual([]);
    expect(values[0]).toMatch(/^\d[\d,]* people$/);
  });

  it('offers every measure as a sort key, each under a name, and sorts tagged sub-debates by their con share', async () => {
    const user = userEvent.setup();
    const state = editor.store.getState();
    const measures = measureThread({ nodes: state.nodes, annotations: state.annotations });
    const [big, second] = measures.topLevel;
    // Tag a reply in each of the two biggest: con in the second, pro in the biggest.
    const replyIn = (id: string) => state.nodes.find((node) => node.parent === id)!.id;
    editor.store.setState({ annotations: { [replyIn(big!.id)]: { tag: 'pro', updatedAt: '2026-01-01T00:00:00.000Z' }, [replyIn(second!.id)]: { tag: 'con', updatedAt: '2026-01-01T00:00:00.000Z' } } });
    renderUi(editor, <SubDebatePanel />);
    await user.click(screen.getByRole('button', { name: /Sub-debates/ }));
    const options = within(screen.getByLabelText('Sort by')).getAllByRole('option').map((option) => option.textContent);
    expect(options).toEqual(['Comments', 'Depth', 'Participants', 'Duration', 'Comments per hour', 'Longest back-and-forth', 'Unanswered questions', 'Tag balance (share con)', 'Contestedness', 'Earliest start']);
    await user.selectOptions(screen.getByLabelText('Sort by'), 'balance');
    // All con first (the second and the branches holding its reply), all pro last, untagged ones after.
    const values = rowValues();
    const valued = values.filter((value) => value !== '–');
    expect(values.slice(0, valued.length)).toEqual(valued);
    expect(new Set(valued)).toEqual(new Set(['0 pro · 1 con · 0 q', '1 pro · 0 con · 0 q']));
    expect(valued[0]).toBe('0 pro · 1 con · 0 q');
    expect(valued[valued.length - 1]).toBe('1 pro · 0 con · 0 q');
  });

  it('re-sorts by another measure and selects the top comment of the chosen sub-debate', async () => {
    const user = userEvent.setup();
    renderUi(editor, <SubDebatePanel />);
    await user.click(screen.getByRole('button', { name: /Sub-debates/ }));
    await user.selectOptions(screen.getByLabelText('Sort by'), 'backAndForth');
    expect(screen.getByRole('list', { name: 'Sub-debates by longest back-and-forth' })).toBeInTheDocument();
    const turns = rowValues().map((text) => Number(text!.split(' ')[0]));
    expect(turns).toEqual([...turns].sort((a, b) => b - a));
    expect(turns[0]).toBe(8);

    const first = within(screen.getByRole('list')).getAllByRole('button')[0]!;
    await user.click(first);
    const state = editor.store.getState();
    const measures = measureThread({ nodes: state.nodes, annotations: state.annotations });
    const expected = sortSubDebates([...measures.topLevel, ...measures.branches], 'backAndForth')[0]!;
    expect(state.selectedId).toBe(expected.id);
    // Chosen, it is the sub-debate the map zooms to and highlights.
    expect(state.insight.focus).toBe(expected.id);
    expect(state.insight.focusRequest).toBe(1);
    expect(first).toHaveTextContent(state.nodes.find((n) => n.id === expected.id)!.author!);
    expect(first).toHaveAttribute('aria-current', 'true');
  });
});
