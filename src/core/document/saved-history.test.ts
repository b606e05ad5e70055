import { describe, expect, it } from 'vitest';
import { openFixture } from '../../../test/support/fixtures';
import { applyAnnotationChanges, type AnnotationChange } from '../annotations/apply';
import type { ThreadNode } from '../map/types';
import { decodeHistory, encodeHistory, readSavedHistory, type EditState, type HistoryStep } from './saved-history';

const ALGOLIA = 'hn-algolia-derived_14952787_first-3-top-level.json';
const at = '2026-11-26T14:00:00.000Z';

/** A recorded thread edited step by step, as the undo middleware would keep it (oldest first). */
function editSession(): { states: EditState[]; current: EditState } {
  const document = openFixture(ALGOLIA);
  const states: EditState[] = [];
  let state: EditState = { nodes: document.nodes, links: document.links, annotations: document.annotations };
  const step = (next: EditState) => {
    states.push(state);
    state = next;
  };
  const annotate = (change: AnnotationChange) => step({ ...state, annotations: applyAnnotationChanges(state.annotations, [change]) });
  annotate({ type: 'tag', id: '14953048', tag: 'con', at });
  annotate({ type: 'tag', id: '14953024', tag: 'pro', at });
  annotate({ type: 'note', id: '14953048', note: 'Attacks the premise — «نص» 🧵', at });
  // A structural edit: one node re-parented, every other node the same object.
  const moved = state.nodes.findIndex((node) => node.id === '14953024');
  const nodes = [...state.nodes];
  nodes[moved] = { ...nodes[moved]!, parent: '14953048' };
  step({ ...state, nodes });
  // A claim split off a comment: a new node inserted after its parent.
  const parentAt = state.nodes.findIndex((node) => node.id === '14953048');
  const claim: ThreadNode = { id: '14953048#c1', parent: '14953048', kind: 'claim', author: null, createdAt: null, text: 'closed', url: null, status: 'ok', range: [0, 6] };
  step({ ...state, nodes: [...state.nodes.slice(0, parentAt + 1), claim, ...state.nodes.slice(parentAt + 1)] });
  step({ ...state, links: [...state.links, { from: '14953024', to: '14953048', kind: 'quote' }] });
  annotate({ type: 'tag', id: '14953048', tag: null, at });
  return { states, current: state };
}

describe('saved undo history', () => {
  it('gives back every earlier state exactly after a trip through storage', () => {
    const { states, current } = editSession();
    const saved = structuredClone(encodeHistory(current, states, []));
    const decoded = decodeHistory(current, readSavedHistory(saved)!);
    expect(decoded?.past).toHaveLength(7);
    decoded!.past.forEach((state, i) => expect(state).toEqual(states[i]));
    expect(decoded?.future).toEqual([]);
  });

  it('shares unchanged nodes with the present state instead of copying them', () => {
    const { states, current } = editSession();
    const decoded = decodeHistory(current, structuredClone(encodeHistory(current, states, [])))!;
    const first = decoded.past[0]!;
    expect(first.nodes).toHaveLength(579);
    const untouched = current.nodes.find((node) => node.id === '14953504')!;
    expect(first.nodes.find((node) => node.id === '14953504')).toBe(untouched);
    const movedBefore = first.nodes.find((node) => node.id === '14953024')!;
    expect(movedBefore.parent).toBe('14952787');
  });

  it('stores a tag change as that one annotation, and a structural edit as ids plus the changed node', () => {
    const { states, current } = editSession();
    const saved = encodeHistory(current, states, []);
    const [untag, link, split, reparent, note] = saved.past as [HistoryStep, HistoryStep, HistoryStep, HistoryStep, HistoryStep];
    expect(untag.annotations?.set).toEqual({ '14953048': expect.objectContaining({ tag: 'con' }) });
    expect(untag.nodes).toBeUndefined();
    expect(link.links).toEqual([]);
    expect(split.nodes).toHaveLength(579);
    expect(split.nodes!.every((item) => typeof item === 'string')).toBe(true);
    expect(reparent.nodes!.filter((item) => typeof item !== 'string')).toEqual([expect.objectContaining({ id: '14953024', parent: '14952787' })]);
    expect(note.annotations?.set['14953048']).not.toHaveProperty('note');
  });

  it('keeps the redo list, nearest redo last as the undo middleware wants it', () => {
    const { states, current } = editSession();
    // Undo three times: the present is states[4]; the undone states wait as redos.
    const present = states[4]!;
    const future = [current, states[6]!, states[5]!];
    const decoded = decodeHistory(present, structuredClone(encodeHistory(present, states.slice(0, 4), future)))!;
    expect(decoded.past).toEqual(states.slice(0, 4));
    expect(decoded.future).toEqual(future);
  });

  it('keeps only the steps nearest the present past the limit', () => {
    const { states, current } = editSession();
    const decoded = decodeHistory(current, encodeHistory(current, states, [], 3))!;
    expect(decoded.past).toEqual(states.slice(4));
  });

  it('reuses the steps between recorded states from the cache', () => {
    const { states, current } = editSession();
    const cache = new WeakMap();
    const first = encodeHistory(current, states, [], 100, cache);
    const second = encodeHistory(current, states, [], 100, cache);
    expect(second.past[1]).toBe(first.past[1]);
    expect(second.past[0]).not.toBe(first.past[0]);
  });

  it('refuses histories of another shape or naming nodes the map does not have', () => {
    const { states, current } = editSession();
    expect(readSavedHistory('garbage')).toBeNull();
    expect(readSavedHistory({ past: [{ annotations: { set: {}, removed: [3] } }], future: [] })).toBeNull();
    expect(readSavedHistory({ past: [{ nodes: [{ id: 1 }] }], future: [] })).toBeNull();
    expect(readSavedHistory({ past: [], future: {} })).toBeNull();
    const saved = encodeHistory(current, states, []);
    saved.past[3] = { nodes: ['no-such-node'] };
    expect(decodeHistory(current, saved)).toBeNull();
  });
});
