import { beforeEach, describe, expect, it } from 'vitest';
import { exportJson } from '../core/export/json';
import { authorsByActivity } from '../core/map/find';
import { openFixture } from '../../test/support/fixtures';
import { openDocument, redo, select, setNote, setTag, undo } from './actions';
import { acceptSuggestion, clearCriteria, setCriteria, stepMatch, useFilterStore } from './filter-store';
import { finishPick, startPick, usePickStore } from './pick-store';
import { undoHistory, useMapStore } from './map-store';
import { documentOf } from './selectors';
import { markQuoting, mergeIntoPrevious, reparent, splitClaim } from './structure-actions';

const TEXT = 'hn-text_eggos-unikernel-thread.txt';
const ALGOLIA = 'hn-algolia-derived_14952787_first-3-top-level.json';
/** The open map as a file, without the view (selection is not an edit). */
function saved(): string {
  const { view: _view, ...doc } = documentOf(useMapStore.getState(), 'x', 'y')!;
  return exportJson(doc, { now: '2026-11-26T14:00:00.000Z' });
}
const node = (id: string) => useMapStore.getState().nodes.find((candidate) => candidate.id === id);

describe('structure actions', () => {
  beforeEach(() => {
    openDocument(openFixture(TEXT));
    clearCriteria();
  });

  it('splits a claim as one undo step and undo gives back the comment whole', () => {
    const before = useMapStore.getState().nodes;
    const file = saved();
    expect(splitClaim('t14', [0, 52])).toBe(true);
    expect(node('t14#c0-52')?.text).toBe('What are the differences between Unikernel and RTOS?');
    expect(useMapStore.getState().selectedId).toBe('t14#c0-52');
    setTag('t14#c0-52', 'question');
    undo();
    undo();
    expect(useMapStore.getState().nodes).toBe(before);
    expect(useMapStore.getState().annotations).toEqual({});
    expect(saved()).toBe(file);
    redo();
    expect(node('t14#c0-52')?.kind).toBe('claim');
  });

  it('re-parents, merges and links, and undoes each back to the exact earlier file', () => {
    select('t9');
    const files = [saved()];
    reparent('t14', 't13');
    files.push(saved());
    setNote('t9', 'Depends on the design.');
    files.push(saved());
    mergeIntoPrevious('t9');
    expect(useMapStore.getState().selectedId).toBe('t8');
    expect(useMapStore.getState().annotations.t8?.note).toBe('Depends on the design.');
    files.push(saved());
    markQuoting('t20', 't13');
    expect(useMapStore.getState().links).toContainEqual({ from: 't20', to: 't13', kind: 'quote' });
    for (let i = files.length - 1; i >= 0; i--) {
      undo();
      expect(saved()).toBe(files[i]);
    }
  });

  it('shows a refused edit as an error and records nothing to undo', () => {
    const nodes = useMapStore.getState().nodes;
    const steps = undoHistory.getState().pastStates.length;
    expect(reparent('t1', 't5')).toBe(false);
    expect(useMapStore.getState().error?.message).toMatch(/under itself or under one of its own replies/);
    expect(useMapStore.getState().nodes).toBe(nodes);
    expect(undoHistory.getState().pastStates.length).toBe(steps);
  });

  it('moves the selected card under the card chosen next with the move command', () => {
    select('t29');
    startPick('move');
    expect(usePickStore.getState().pick).toEqual({ kind: 'move', id: 't29' });
    select('t25');
    expect(finishPick()).toBe(true);
    expect(node('t29')?.parent).toBe('t25');
    expect(usePickStore.getState().pick).toBeNull();
    expect(useMapStore.getState().selectedId).toBe('t29');
    undo();
    expect(node('t29')?.parent).toBe('t0');
  });
});

describe('find and suggestions in the store', () => {
  beforeEach(() => {
    openDocument(openFixture(ALGOLIA));
    clearCriteria();
  });

  it('steps through the matches of an author in thread order', () => {
    const author = authorsByActivity(useMapStore.getState().nodes)[0]!;
    setCriteria({ query: author.toUpperCase() });
    const order = useFilterStore.getState().result!.order;
    expect(order.length).toBeGreaterThan(1);
    stepMatch(1);
    const first = useMapStore.getState().selectedId;
    stepMatch(1);
    const second = useMapStore.getState().selectedId;
    expect(first).not.toBe(second);
    expect(first).toBe(useFilterStore.getState().result!.graph.nodes[order[0]!]!.id);
    expect(second).toBe(useFilterStore.getState().result!.graph.nodes[order[1]!]!.id);
    stepMatch(-1);
    expect(useMapStore.getState().selectedId).toBe(first);
  });

  it('updates the untagged filter as cards are tagged', () => {
    setCriteria({ tag: 'untagged' });
    expect(useFilterStore.getState().result!.order).toHaveLength(579);
    setTag('14953048', 'con');
    expect(useFilterStore.getState().result!.order).toHaveLength(578);
    expect(useFilterStore.getState().result!.ids.has('14953048')).toBe(false);
  });

  it('accepts a suggestion as a real tag, which export then carries', () => {
    expect(acceptSuggestion('14967157')).toBe(true);
    expect(useMapStore.getState().annotations['14967157']?.tag).toBe('question');
    expect(acceptSuggestion('14953048')).toBe(false);
    expect(JSON.parse(saved()).annotations).toEqual({ '14967157': { tag: 'question', updatedAt: expect.any(String), coder: null } });
  });
});
