// @vitest-environment jsdom
import { createEditor, type Editor } from '../../store/editor';
import { renderInEditor } from '../../../test/support/render-ui';
import { act, cleanup, screen, within } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { afterEach, describe, expect, it, beforeEach } from 'vitest';
import { openFixture } from '../../../test/support/fixtures';
import { CardNode } from './CardNode';

let editor: Editor = createEditor();
beforeEach(() => {
  editor = createEditor();
});

afterEach(cleanup);

/** Every card of an opened document, with its replies and depth from the map's own graph. */
function renderThread(document = openFixture('hn-text_eggos-unikernel-thread.txt')) {
  editor.actions.openDocument(document);
  const { graph } = editor.derived.graphOf(editor.store.getState().nodes);
  return renderInEditor(editor, 
    <ReactFlowProvider>
      {graph.nodes.map((node, position) => (
        <CardNode
          key={node.id}
          id={node.id}
          data={{ node, replies: graph.children[position]!.length, depth: graph.depth[position]! }}
          type="card"
          width={280}
          height={120}
          selected={false}
          dragging={false}
          zIndex={0}
          selectable={false}
          deletable={false}
          draggable={false}
          isConnectable={false}
          positionAbsoluteX={0}
          positionAbsoluteY={0}
        />
      ))}
    </ReactFlowProvider>,
  );
}

/** The text a screen reader reads from an element's content: all but what is aria-hidden. */
function spoken(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return copy.textContent!.replace(/\s+/g, ' ').trim();
}

const tabStops = (container: HTMLElement) => [...container.querySelectorAll('[tabindex="0"]')].map((element) => element.getAttribute('data-node-id'));

describe('cards as a WAI-ARIA tree', () => {
  it('are treeitems with their level, expansion and selection, and exactly one is a Tab stop', () => {
    const view = renderThread();
    const { graph } = editor.derived.graphOf(editor.store.getState().nodes);
    const items = screen.getAllByRole('treeitem');
    expect(items).toHaveLength(graph.nodes.length);
    for (const item of items) {
      const position = graph.index.get(item.getAttribute('data-node-id')!)!;
      expect(item.getAttribute('aria-level')).toBe(String(graph.depth[position]! + 1));
      const replies = graph.children[position]!.length;
      expect(item.getAttribute('aria-expanded')).toBe(replies > 0 ? 'true' : null);
    }
    // No selection: the root is the way in.
    expect(tabStops(view.container)).toEqual([graph.nodes[graph.roots[0]!]!.id]);

    act(() => editor.actions.select('t5'));
    expect(tabStops(view.container)).toEqual(['t5']);
    expect(screen.getByRole('treeitem', { selected: true }).getAttribute('data-node-id')).toBe('t5');
  });

  it('reach their reply toggle from the card: it is no Tab stop, and its name says whose replies', () => {
    const view = renderThread();
    const { graph } = editor.derived.graphOf(editor.store.getState().nodes);
    const toggles = [...view.container.querySelectorAll<HTMLButtonElement>('.collapse-toggle')];
    expect(toggles.length).toBeGreaterThan(0);
    for (const toggle of toggles) {
      expect(toggle.tabIndex).toBe(-1);
      const id = toggle.closest('[data-node-id]')!.getAttribute('data-node-id')!;
      const node = graph.nodes[graph.index.get(id)!]!;
      const whose = node.author ?? (node.kind === 'post' ? 'the post' : `this ${node.kind}`);
      const card = toggle.closest<HTMLElement>('[role="treeitem"]')!;
      expect(within(card).getByRole('button', { name: new RegExp(`^\\d+ repl(y|ies) to ${whose}$`) })).toBe(toggle);
    }
  });

  it('sum up a collapsed card’s hidden replies in words for the ear and short for the footer', () => {
    const view = renderThread();
    const { graph } = editor.derived.graphOf(editor.store.getState().nodes);
    const root = graph.nodes[graph.roots[0]!]!;
    act(() => {
      editor.actions.setTag('t4', 'pro');
      editor.actions.setTag('t5', 'con');
      editor.actions.setTag('t6', 'con');
      editor.actions.toggleCollapsed(root.id);
    });
    const toggle = view.container.querySelector(`[data-node-id="${root.id}"] .collapse-toggle`)!;
    const hidden = graph.nodes.length - 1;
    const card = view.container.querySelector<HTMLElement>(`[data-node-id="${root.id}"]`)!;
    expect(within(card).getByRole('button')).toBe(toggle);
    expect(spoken(toggle)).toBe(`${hidden} hidden 1 pro 2 con under ${root.author ?? 'the post'}`);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    // What the eye sees in the footer: short, the words only in the tooltip.
    const seen = toggle.cloneNode(true) as Element;
    for (const words of seen.querySelectorAll('.visually-hidden')) words.remove();
    expect(seen.textContent!.replace(/\s+/g, ' ').trim()).toBe(`▸ ${hidden} hidden +1 −2`);
    expect(toggle.querySelector('.hidden-summary')!.getAttribute('title')).toBe(`${hidden} hidden replies, 1 pro, 2 con`);
    expect(view.container.querySelector(`[data-node-id="${root.id}"]`)!.getAttribute('aria-expanded')).toBe('false');
  });

  it('show an author name with a right-to-left override as it is held, isolated, never disguised', () => {
    const document = openFixture('hn-text_eggos-unikernel-thread.txt');
    document.nodes = document.nodes.map((node) => (node.id === 't3' ? { ...node, author: '\u202Eevil' } : node));
    const view = renderThread(document);
    const author = view.container.querySelector('[data-node-id="t3"] .author')!;
    expect(author.tagName).toBe('BDI');
    expect(author.textContent).toBe('[RLO]evil');
    expect(author.textContent).not.toContain('\u202E');
    expect(screen.getByRole('treeitem', { name: /^\[RLO\]evil/ }).getAttribute('data-node-id')).toBe('t3');
  });
});
