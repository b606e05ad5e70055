import { annotationOf, copyAnnotations, emptyAnnotations, type Annotation, type Annotations } from '../annotations/types';
import type { Link, ThreadNode } from '../map/types';

/**
 * The undo history kept with a saved map, so that undo still works after a reload. Each state is
 * stored as its difference from the neighbouring state nearer to the present: a tag change costs
 * one annotation, and the unchanged nodes of a structural edit cost their id only.
 */

/** The parts of a map that undo moves through. */
export interface EditState {
  nodes: ThreadNode[];
  links: Link[];
  annotations: Annotations;
}

/** One state, as the difference from its neighbour nearer to the present. Absent = unchanged. */
export interface HistoryStep {
  annotations?: { set: Annotations; removed: string[] };
  /** The state's nodes in order; a string stands for the neighbour's node with that id, unchanged. */
  nodes?: (string | ThreadNode)[];
  links?: Link[];
}

/** Past and future states, each list nearest to the present first. */
export interface SavedHistory {
  past: HistoryStep[];
  future: HistoryStep[];
}

/** How many undo and redo steps are kept with a saved map. */
export const SAVED_HISTORY_LIMIT = 100;

function diffAnnotations(state: Annotations, neighbour: Annotations): HistoryStep['annotations'] {
  const set = emptyAnnotations();
  const removed: string[] = [];
  for (const id of Object.keys(state)) if (state[id] !== annotationOf(neighbour, id)) set[id] = state[id]!;
  for (const id of Object.keys(neighbour)) if (!Object.hasOwn(state, id)) removed.push(id);
  return { set, removed };
}

function diffNodes(state: ThreadNode[], neighbour: ThreadNode[]): (string | ThreadNode)[] {
  const byId = new Map<string, ThreadNode>();
  for (const node of neighbour) byId.set(node.id, node);
  return state.map((node) => (byId.get(node.id) === node ? node.id : node));
}

/** The difference of `state` from `neighbour`; parts that are the same object are left out. */
export function diffStates(state: EditState, neighbour: EditState): HistoryStep {
  const step: HistoryStep = {};
  if (state.annotations !== neighbour.annotations) step.annotations = diffAnnotations(state.annotations, neighbour.annotations);
  if (state.nodes !== neighbour.nodes) step.nodes = diffNodes(state.nodes, neighbour.nodes);
  if (state.links !== neighbour.links) step.links = state.links;
  return step;
}

/** Rebuilds a state from its neighbour and its step; null when the step names an unknown node. */
export function applyStep(neighbour: EditState, step: HistoryStep): EditState | null {
  let annotations = neighbour.annotations;
  if (step.annotations) {
    annotations = copyAnnotations(neighbour.annotations);
    for (const id of step.annotations.removed) delete annotations[id];
    Object.assign(annotations, step.annotations.set);
  }
  let nodes = neighbour.nodes;
  if (step.nodes) {
    const byId = new Map<string, ThreadNode>();
    for (const node of neighbour.nodes) byId.set(node.id, node);
    nodes = [];
    for (const item of step.nodes) {
      const node = typeof item === 'string' ? byId.get(item) : item;
      if (!node) return null;
      nodes.push(node);
    }
  }
  return { nodes, links: step.links ?? neighbour.links, annotations };
}

/**
 * Encodes a history kept oldest first (`past`, as undo middlewares keep it) and a redo list
 * whose last item is the next redo; keeps the `limit` steps nearest to the present on each side.
 * `cache` remembers the steps between states that never change once recorded.
 */
export function encodeHistory(
  current: EditState,
  past: readonly EditState[],
  future: readonly EditState[],
  limit = SAVED_HISTORY_LIMIT,
  cache?: WeakMap<EditState, { neighbour: EditState; step: HistoryStep }>,
): SavedHistory {
  const chain = (states: readonly EditState[]): HistoryStep[] => {
    const steps: HistoryStep[] = [];
    let neighbour = current;
    for (let i = states.length - 1; i >= 0 && steps.length < limit; i--) {
      const state = states[i]!;
      const cached = cache?.get(state);
      let step: HistoryStep;
      if (cached && cached.neighbour === neighbour) step = cached.step;
      else {
        step = diffStates(state, neighbour);
        // The present changes with every edit; steps between two recorded states never do.
        if (neighbour !== current) cache?.set(state, { neighbour, step });
      }
      steps.push(step);
      neighbour = state;
    }
    return steps;
  };
  return { past: chain(past), future: chain(future) };
}

/** Decodes a saved history against the present state, back into the encoder's input order. */
export function decodeHistory(current: EditState, saved: SavedHistory): { past: EditState[]; future: EditState[] } | null {
  const unchain = (steps: HistoryStep[]): EditState[] | null => {
    const states: EditState[] = [];
    let neighbour = current;
    for (const step of steps) {
      const state = applyStep(neighbour, step);
      if (!state) return null;
      states.push(state);
      neighbour = state;
    }
    return states.reverse();
  };
  const past = unchain(saved.past);
  const future = unchain(saved.future);
  return past && future ? { past, future } : null;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function isNodeLike(value: unknown): value is ThreadNode {
  return isObject(value) && typeof value.id === 'string' && (value.parent === null || typeof value.parent === 'string') && typeof value.text === 'string';
}

function isAnnotationLike(value: unknown): value is Annotation {
  return isObject(value) && typeof value.updatedAt === 'string';
}

function isLinkLike(value: unknown): value is Link {
  return isObject(value) && typeof value.from === 'string' && typeof value.to === 'string' && typeof value.kind === 'string';
}

function isStep(value: unknown): value is HistoryStep {
  if (!isObject(value)) return false;
  const { annotations, nodes, links } = value;
  if (annotations !== undefined) {
    if (!isObject(annotations) || !isObject(annotations.set) || !Array.isArray(annotations.removed)) return false;
    if (!annotations.removed.every((id) => typeof id === 'string')) return false;
    if (!Object.values(annotations.set).every(isAnnotationLike)) return false;
  }
  if (nodes !== undefined && !(Array.isArray(nodes) && nodes.every((item) => typeof item === 'string' || isNodeLike(item)))) return false;
  if (links !== undefined && !(Array.isArray(links) && links.every(isLinkLike))) return false;
  return true;
}

/** Reads a stored history back; anything of another shape is null (undo then starts afresh). */
export function readSavedHistory(raw: unknown): SavedHistory | null {
  if (!isObject(raw) || !Array.isArray(raw.past) || !Array.isArray(raw.future)) return null;
  if (!raw.past.every(isStep) || !raw.future.every(isStep)) return null;
  return { past: raw.past, future: raw.future };
}
