// @vitest-environment jsdom
import { createEditor, type Editor } from '../../store/editor';
import { renderInEditor } from '../../../test/support/render-ui';
import { Profiler } from 'react';
import { act, cleanup } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { afterEach, describe, expect, it, beforeEach } from 'vitest';
import { openFixture } from '../../../test/support/fixtures';
import { CardNode } from './CardNode';

let editor: Editor = createEditor();
beforeEach(() => {
  editor = createEditor();
});

afterEach(() => {
  cleanup();
  editor.actions.clearCriteria();
  editor.actions.setFilterMode('dim');
});

/** Renders the first `count` nodes of a real thread as cards, counting each card's renders. */
function renderCards(count: number) {
  editor.actions.openDocument(openFixture('hn-firebase_14952787_flat-items_forum-explorer.json'));
  const nodes = editor.store.getState().nodes.slice(0, count);
  const renders = new Map<string, number>(nodes.map((node) => [node.id, 0]));
  const onRender = (id: string) => renders.set(id, (renders.get(id) ?? 0) + 1);
  const view = renderInEditor(editor, 
    <ReactFlowProvider>
      {nodes.map((node) => (
        <Profiler key={node.id} id={node.id} onRender={onRender}>
          <CardNode
            id={node.id}
            data={{ node, replies: 0 }}
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
        </Profiler>
      ))}
    </ReactFlowProvider>,
  );
  return { nodes, renders, view };
}

describe('CardNode', () => {
  it('re-renders only the card whose tag changed, out of 200', () => {
    const { nodes, renders, view } = renderCards(200);
    const target = nodes[57]!.id;
    const before = new Map(renders);
    act(() => editor.actions.setTag(target, 'con'));
    const changed = [...renders].filter(([id, count]) => count !== before.get(id)).map(([id]) => id);
    expect(changed).toEqual([target]);
    const card = view.container.querySelector(`[data-node-id="${target}"]`)!;
    expect(card.getAttribute('data-tag')).toBe('con');
    expect(card.textContent).toContain('Con');
  });

  it('re-renders only the old and the new selection when the selection moves', () => {
    const { nodes, renders } = renderCards(200);
    act(() => editor.actions.select(nodes[3]!.id));
    const before = new Map(renders);
    act(() => editor.actions.select(nodes[9]!.id));
    const changed = [...renders].filter(([id, count]) => count !== before.get(id)).map(([id]) => id).sort();
    expect(changed).toEqual([nodes[3]!.id, nodes[9]!.id].sort());
  });
});

describe('CardNode under a filter', () => {
  it('dims the cards that do not match, in both modes, but never the selected one', () => {
    const { nodes, view } = renderCards(40);
    const author = nodes[5]!.author!;
    const other = nodes.find((node) => node.author !== author)!;
    const selectedOther = nodes.filter((node) => node.author !== author)[1]!;
    act(() => {
      editor.actions.setCriteria({ author });
      editor.actions.select(selectedOther.id);
    });
    for (const mode of ['dim', 'hide'] as const) {
      act(() => editor.actions.setFilterMode(mode));
      const classes = (id: string) => view.container.querySelector(`[data-node-id="${id}"]`)!.className;
      expect(classes(nodes[5]!.id)).toContain('find-match');
      expect(classes(other.id)).toContain('find-dimmed');
      expect(classes(selectedOther.id)).not.toContain('find-dimmed');
      expect(classes(selectedOther.id)).toContain('selected');
    }
  });
});
