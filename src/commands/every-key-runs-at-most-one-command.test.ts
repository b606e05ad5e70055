// @vitest-environment jsdom
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openFixture } from '../../test/support/fixtures';
import type { MapViewHandle } from '../components/map-view';
import { createSpatialIndex, layoutMap } from '../core/layout';
import type { LayoutMode } from '../core/layout/types';
import { createEditor } from '../store/editor';
import type { PickSlice } from '../store/map-store';
import { createCommandContext } from './context';
import { commandsForKey, dispatchKey } from './dispatch';
import { parseChord } from './keys';
import { AGREEMENT_CODEBOOK, customCodebook, RUMOUREVAL_CODEBOOK, STANCE_CODEBOOK, withNoneCategory } from '../core/document/codebook';
import type { Codebook } from '../core/document/types';
import { commandsFor, RESERVED_CATEGORY_KEYS } from './registry';
import type { Command } from './types';

const editor = createEditor();
const { openDocument, select, setTag, setLayout, cancelMerge } = editor.actions;
const setPick = (patch: Partial<PickSlice>) => editor.store.setState((state) => ({ pick: { ...state.pick, ...patch } }));

const TEXT = 'hn-text_eggos-unikernel-thread.txt';
const REDDIT = 'reddit_r-redditdev_2ujhkr_comments_reddift.json';

/** What the view's own moves were asked to do. */
const viewCalls: string[] = [];
let shown = true;

/** The map as the canvas would offer it, laid out by the same core function. */
function mapViewOf(mode: LayoutMode): MapViewHandle {
  const { graph } = editor.derived.graphOf(editor.store.getState().nodes);
  const layout = layoutMap(graph, { mode });
  return {
    model: { graph, layout, index: createSpatialIndex(layout) },
    viewport: () => ({ x: 0, y: 0, zoom: 1, width: 1200, height: 800 }),
    fit: () => void viewCalls.push('fit'),
    zoomIn: () => void viewCalls.push('zoomIn'),
    zoomOut: () => void viewCalls.push('zoomOut'),
  };
}

let mapView: MapViewHandle | null = null;
let sheetsShown = 0;
const context = createCommandContext(editor, { mapView: () => (shown ? mapView : null), showShortcuts: () => void sheetsShown++, root: () => document });

/** A key press as a keyboard sends it: Shift for capitals and for `?`, `+`, `_` on a US layout. */
function pressFor(text: string) {
  const chord = parseChord(text);
  const letter = chord.key.length === 1 && chord.key.toLowerCase() !== chord.key.toUpperCase();
  const key = letter ? (chord.shift ? chord.key.toUpperCase() : chord.key.toLowerCase()) : chord.key;
  return { key, ctrlKey: chord.mod, metaKey: false, altKey: chord.alt, shiftKey: chord.shift || '?+_'.includes(key) };
}

/** A codebook written in the dialog: its keys are chosen around the app's own. */
const WRITTEN = customCodebook(
  [{ label: 'Sarcasm' }, { label: 'Joke' }, { label: 'Anecdote' }, { label: 'Denial', tag: 'con' }, { label: 'Link only' }, { label: 'Further reading' }],
  RESERVED_CATEGORY_KEYS,
);
const CODEBOOKS: [string, Codebook][] = [
  ['pro/con/question', STANCE_CODEBOOK],
  ['RumourEval', RUMOUREVAL_CODEBOOK],
  ['RumourEval with "none of these"', withNoneCategory(RUMOUREVAL_CODEBOOK, true)],
  ['agree/disagree/neutral', AGREEMENT_CODEBOOK],
  ['a written codebook', WRITTEN],
];

/** The codebook the maps of the next test open with. */
let codebook: Codebook = STANCE_CODEBOOK;
const allKeys = (commands: readonly Command[]) => [...new Set(commands.flatMap((command) => [...command.keys, ...(command.alsoKeys ?? [])]))];

function withCodebook<T extends object>(document: T): T {
  return codebook === STANCE_CODEBOOK ? document : { ...document, codebook };
}

function open(fixture: string, mode: LayoutMode = 'tree-down') {
  openDocument(withCodebook(openFixture(fixture)));
  editor.store.setState({ coderAsked: true });
  setLayout(mode);
  mapView = mapViewOf(mode);
  shown = true;
}

/** The states a person meets: each sets up the store and says which commands it should enable. */
const STATES: { name: string; enter(): void }[] = [
  { name: 'no map on screen', enter: () => { open(TEXT); shown = false; select(null); } },
  { name: 'a map, nothing selected', enter: () => { open(TEXT); select(null); } },
  { name: 'a card with a suggested tag selected', enter: () => { open(TEXT); select('t14'); } },
  { name: 'words of the selected card chosen to split out', enter: () => { open(TEXT); select('t5'); setPick({ claimDraft: { id: 't5', range: [0, 10] } }); } },
  { name: 'a move waiting for its target', enter: () => { open(TEXT); select('t5'); setPick({ pick: { kind: 'move', id: 't5' } }); select('t3'); } },
  { name: 'a merge question open', enter: () => { open(REDDIT); select('t1_cpzw5b5'); setPick({ mergeRequest: { id: 't1_cpzw5b5', question: '?' } }); } },
  { name: 'a tag to undo and one to redo', enter: () => { open(TEXT); select('t5'); setTag('t5', codebook.categories[0]!.id); setTag('t6', codebook.categories[1]!.id); editor.undo(); } },
  { name: 'the outline, a card selected', enter: () => { open(TEXT, 'outline'); select('t5'); } },
  { name: 'a map of two coders, a card selected', enter: () => { open(TEXT); openTwoCoders(); select('t5'); } },
];

/** The open map as two coders' layers, differing on one card. */
function openTwoCoders() {
  const at = '2026-11-30T12:00:00.000Z';
  const layer = (coder: string, tag: 'pro' | 'con') => ({ coder, annotations: { t5: { tag, updatedAt: at, coder } } });
  openDocument(withCodebook({ ...openFixture(TEXT), annotations: {}, layers: [layer('Ana', 'pro'), layer('Ben', 'con')] }));
}

beforeEach(() => {
  codebook = STANCE_CODEBOOK;
  cancelMerge();
  setPick({ pick: null, claimDraft: null, mergeRequest: null });
  viewCalls.length = 0;
});

describe.each(CODEBOOKS)('the command registry of a map coded with %s', (_name, book) => {
  const commands = commandsFor(book);
  beforeEach(() => {
    codebook = book;
  });

  it.each(STATES)('gives every key at most one enabled command: $name', ({ enter }) => {
    enter();
    const clashes = allKeys(commands).map((key) => ({ key, ids: commandsForKey(pressFor(key), context).map((command) => command.id) })).filter(({ ids }) => ids.length > 1);
    expect(clashes).toEqual([]);
  });

  it('reaches every command by its keys in some state', () => {
    const reached = new Set<string>();
    for (const state of STATES) {
      state.enter();
      for (const command of commands) {
        const found = command.keys.map((key) => commandsForKey(pressFor(key), context));
        if (found.every((commands) => commands.length === 1 && commands[0]!.id === command.id)) reached.add(command.id);
      }
    }
    expect(commands.map((command: Command) => command.id).filter((id) => !reached.has(id))).toEqual([]);
  });

  it('has one command per category, each with a key of its own', () => {
    const keys = book.categories.map((category) => commands.find((command) => command.id === `category.${category.id}`)?.keys[0]);
    expect(keys.every((key) => key !== undefined)).toBe(true);
    expect(new Set(keys).size).toBe(book.categories.length);
  });
});

describe('the keydown dispatcher on a real thread', () => {
  const listener = (event: KeyboardEvent) => void dispatchKey(event, context);
  beforeAll(() => window.addEventListener('keydown', listener));
  afterAll(() => window.removeEventListener('keydown', listener));

  /** Presses a key on an element; true when the dispatcher claimed it. */
  function press(text: string, target: Element = document.body): boolean {
    const event = new KeyboardEvent('keydown', { ...pressFor(text), bubbles: true, cancelable: true });
    target.dispatchEvent(event);
    return event.defaultPrevented;
  }

  it('moves in reading order with J and K, tags with P, and undoes the tag with Ctrl+Z', () => {
    open(TEXT);
    select(null);
    const { graph } = editor.derived.graphOf(editor.store.getState().nodes);
    press('j');
    expect(editor.store.getState().selectedId).toBe(graph.nodes[graph.roots[0]!]!.id);
    press('j');
    const first = editor.store.getState().selectedId!;
    expect(graph.parent[graph.index.get(first)!]).toBe(graph.roots[0]);
    press('j');
    press('k');
    expect(editor.store.getState().selectedId).toBe(first);
    press('p');
    expect(editor.store.getState().annotations[first]?.tag).toBe('pro');
    expect(press('Mod+Z')).toBe(true);
    expect(editor.store.getState().annotations[first]?.tag).toBeUndefined();
    expect(press('Mod+Z')).toBe(false);
  });

  it('codes with the keys of RumourEval (S, D, Q, C), and moves split and the disagreement walk out of their way', () => {
    codebook = RUMOUREVAL_CODEBOOK;
    open(TEXT);
    for (const [card, key] of [['t5', 's'], ['t6', 'd'], ['t7', 'q'], ['t8', 'c']] as const) {
      select(card);
      press(key);
    }
    const annotations = editor.store.getState().annotations;
    expect([annotations.t5, annotations.t6, annotations.t7, annotations.t8].map((entry) => [entry?.tag, entry?.category])).toEqual([
      ['pro', 'support'], ['con', 'deny'], ['question', 'query'], [undefined, 'comment'],
    ]);
    const ids = (key: string) => commandsFor(RUMOUREVAL_CODEBOOK).filter((command) => command.keys.includes(key)).map((command) => command.id);
    expect([ids('s'), ids('Shift+S'), ids('d'), ids('g'), ids('Shift+G'), ids('x')]).toEqual([
      ['category.support'], ['structure.split'], ['category.deny'], ['coders.nextDisagreement'], ['coders.previousDisagreement'], ['tag.clear'],
    ]);
    select('t8');
    press('x');
    expect(editor.store.getState().annotations.t8).toBeUndefined();
  });

  it('runs nothing while a dialog asked for is still loading: its keys wait for it', () => {
    open(TEXT);
    select('t5');
    const loading = document.createElement('span');
    loading.setAttribute('data-dialog-loading', '');
    document.body.append(loading);
    expect(press('p')).toBe(false);
    expect(press('j')).toBe(false);
    expect(editor.store.getState().annotations.t5).toBeUndefined();
    expect(editor.store.getState().selectedId).toBe('t5');
    loading.remove();
    expect(press('p')).toBe(true);
    expect(editor.store.getState().annotations.t5?.tag).toBe('pro');
  });

  it('follows the layout with the arrows: down is the first reply in a top-down tree, right in the outline', () => {
    open(TEXT, 'tree-down');
    const { graph } = editor.derived.graphOf(editor.store.getState().nodes);
    const root = graph.roots[0]!;
    select(graph.nodes[root]!.id);
    press('ArrowDown');
    expect(editor.store.getState().selectedId).toBe(graph.nodes[graph.children[root]![0]!]!.id);
    open(TEXT, 'outline');
    select(graph.nodes[root]!.id);
    press('ArrowDown');
    press('ArrowLeft');
    expect(editor.store.getState().selectedId).toBe(graph.nodes[root]!.id);
    press('ArrowRight');
    expect(editor.store.getState().selectedId).toBe(graph.nodes[graph.children[root]![0]!]!.id);
  });

  it('gives Esc to a waiting move first, then to the selection', () => {
    open(TEXT);
    select('t5');
    press('m');
    expect(editor.store.getState().pick.pick).toEqual({ kind: 'move', id: 't5' });
    select('t3');
    press('Escape');
    expect(editor.store.getState().pick.pick).toBeNull();
    expect(editor.store.getState().selectedId).toBe('t5');
    press('Escape');
    expect(editor.store.getState().selectedId).toBeNull();
  });

  it('finishes a move with Enter: the card hangs under the chosen one', () => {
    open(TEXT);
    select('t8');
    press('m');
    select('t2');
    press('Enter');
    const { graph } = editor.derived.graphOf(editor.store.getState().nodes);
    expect(graph.nodes[graph.parent[graph.index.get('t8')!]!]!.id).toBe('t2');
    expect(editor.store.getState().pick.pick).toBeNull();
  });

  it('runs the view and sheet commands: F, +, =, −, 1 to 4 and ?', () => {
    open(TEXT);
    for (const key of ['f', '+', '=', '-']) press(key);
    expect(viewCalls).toEqual(['fit', 'zoomIn', 'zoomIn', 'zoomOut']);
    press('4');
    expect(editor.store.getState().view.layout).toBe('outline');
    press('1');
    expect(editor.store.getState().view.layout).toBe('overview');
    const before = sheetsShown;
    press('?');
    expect(sheetsShown).toBe(before + 1);
  });

  it('leaves keys to fields, dialogs and menus, and Enter and Space to the control they press', () => {
    open(TEXT);
    select('t5');
    const made = (html: string) => {
      document.body.innerHTML = html;
      return document.body.querySelector('[data-target]')!;
    };
    for (const html of [
      '<input data-target type="text">',
      '<input data-target type="search">',
      '<textarea data-target></textarea>',
      '<select data-target><option>a</option></select>',
      '<div data-target contenteditable="true"></div>',
      '<div role="dialog"><button data-target>Close</button></div>',
      '<div role="dialog"><input data-target type="radio" name="scheme"></div>',
      '<div role="menu"><div role="menuitem" data-target tabindex="-1">Export</div></div>',
    ]) {
      expect(press('p', made(html)), html).toBe(false);
    }
    expect(editor.store.getState().annotations.t5?.tag).toBeUndefined();
    expect(press(' ', made('<button data-target>Pro</button>'))).toBe(false);
    expect(press('ArrowDown', made('<input data-target type="radio" name="scheme">'))).toBe(false);
    // Keys on a non-text input, or on a button other than Enter and Space, are the map's.
    expect(press('p', made('<input data-target type="file">'))).toBe(true);
    expect(press('c', made('<button data-target>Pro</button>'))).toBe(true);
    expect(editor.store.getState().annotations.t5?.tag).toBe('con');
    document.body.innerHTML = '';
  });

  it('leaves a key alone when the focused element already handled it', () => {
    open(TEXT);
    select('t5');
    const splitter = document.createElement('div');
    splitter.addEventListener('keydown', (event) => event.preventDefault());
    document.body.append(splitter);
    press('ArrowLeft', splitter);
    expect(editor.store.getState().selectedId).toBe('t5');
    splitter.remove();
  });
});
