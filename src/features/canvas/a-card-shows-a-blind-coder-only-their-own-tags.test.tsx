// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderInEditor } from '../../../test/support/render-ui';
import { cardsOf, codedBy } from '../../core/agreement/testing/coder-files';
import { openFixture } from '../../../test/support/fixtures';
import { openInput } from '../../core/document/open-input';
import type { ThreadmapDocument } from '../../core/document/types';
import { exportJson } from '../../core/export/json';
import { createEditor, type Editor } from '../../store/editor';
import { CardNode } from './CardNode';

afterEach(cleanup);

const at = '2026-11-30T12:00:00.000Z';
const reddit = openFixture('reddit_r-redditdev_2ujhkr_comments_reddift.json');
const cards = cardsOf(reddit);
const file = (doc: ThreadmapDocument, fileName: string) => {
  const result = openInput(exportJson(doc, { now: at }), { retrievedAt: null, fileName, now: at });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};
const anas = file(codedBy(reddit, 'Ana', { [cards[0]!]: 'pro', [cards[1]!]: 'con' }), 'ana.json');
const bens = file(codedBy(reddit, 'Ben', { [cards[0]!]: 'pro', [cards[1]!]: 'question' }), 'ben.json');

function renderCards(editor: Editor, ids: string[]) {
  const nodes = editor.store.getState().nodes.filter((node) => ids.includes(node.id));
  renderInEditor(
    editor,
    <ReactFlowProvider>
      {nodes.map((node) => (
        <CardNode key={node.id} id={node.id} data={{ node, replies: 0 }} type="card" width={280} height={120} selected={false} dragging={false} zIndex={0} selectable={false} deletable={false} draggable={false} isConnectable={false} positionAbsoluteX={0} positionAbsoluteY={0} />
      ))}
    </ReactFlowProvider>,
  );
}

const card = (id: string) => document.querySelector<HTMLElement>(`.card[data-node-id="${id}"]`)!;
const badges = (id: string) => [...card(id).querySelectorAll<HTMLElement>('.coder-badge')].map((badge) => `${badge.dataset.coder}:${badge.dataset.category}`);

describe('a card seen by a coder coding blind', () => {
  it('shows Ben none of Ana\'s tags on her map, only his own once he tags, and hers beside his with blind coding off', () => {
    const editor = createEditor({ now: () => at, initial: { coder: 'Ben', coderAsked: true } });
    editor.actions.openDocument(anas);
    renderCards(editor, [cards[0]!, cards[1]!]);
    expect(card(cards[1]!).dataset.tag).toBe('');
    expect(badges(cards[1]!)).toEqual([]);
    act(() => editor.actions.setTag(cards[0]!, 'con'));
    expect(card(cards[0]!).dataset.tag).toBe('con');
    expect(card(cards[1]!).dataset.tag).toBe('');
    expect(badges(cards[0]!)).toEqual([]);
    act(() => editor.actions.setShowAllCoders(true));
    expect(badges(cards[0]!)).toEqual(['Ana:pro', 'Ben:con']);
    expect(badges(cards[1]!)).toEqual(['Ana:con', 'Ben:']);
    expect(screen.getAllByTestId('coder-badges')).toHaveLength(2);
    // The tag shows by its symbol too, not by colour alone; an untagged badge has none.
    const shown = (id: string) => [...card(id).querySelectorAll('.coder-badge > [aria-hidden]')].map((mark) => mark.textContent);
    expect(shown(cards[0]!)).toEqual(['AN +', 'BE −']);
    expect(shown(cards[1]!)).toEqual(['AN −', 'BE']);
  });

  it('shows an adjudicator who has not coded the map every coder\'s tag, and the gold answer as the card\'s tag once decided', async () => {
    const editor = createEditor({ now: () => at, initial: { coder: 'Cleo', coderAsked: true } });
    await editor.actions.openCoderFiles([
      { name: 'ana.json', text: exportJson(anas, { now: at }) },
      { name: 'ben.json', text: exportJson(bens, { now: at }) },
    ]);
    renderCards(editor, [cards[1]!]);
    expect(editor.store.getState().showAllCoders).toBe(false);
    expect(badges(cards[1]!)).toEqual(['Ana:con', 'Ben:question']);
    expect(card(cards[1]!).dataset.tag).toBe('');
    act(() => void editor.actions.decideGold(cards[1]!, { category: 'con' }, 'Attacks the premise.'));
    expect(card(cards[1]!).dataset.tag).toBe('con');
  });
});
