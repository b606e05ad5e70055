import { copyAnnotations, type Annotations } from '../annotations/types';
import type { Link, ThreadNode } from '../map/types';
import type { CoderLayer, GoldEntry, MapView, ThreadmapDocument } from './types';
import { createWarningLog } from './warnings';
import { renameRepeatedIds } from '../map/repeated-ids';

export interface RepairedDocument {
  doc: ThreadmapDocument;
  /** One sentence per kind of repair made. */
  warnings: string[];
}

/**
 * Checks every id a document refers to and repairs what is broken: a repeated node id is renamed,
 * links and annotations that name an unknown node are dropped, view state that names one is
 * cleared. A parent that is not in the map is only reported: buildMap hangs that node under the
 * root, so its text is never lost. Returns the same objects when nothing needed repair.
 */
export function repairReferences(doc: ThreadmapDocument): RepairedDocument {
  const log = createWarningLog();
  // Renaming keeps the node's text; annotations and replies keep pointing at the first one.
  const nodes = renameRepeatedIds(doc.nodes, (i, id) => log.add('repeatedId', `nodes[${i}].id "${id}" appears more than once`, 'each repeat was renamed with a "~2", "~3", … suffix')) as ThreadNode[];
  const ids = new Set<string>();
  for (const node of nodes) ids.add(node.id);

  nodes.forEach((node, i) => {
    if (node.parent === null) return;
    if (node.parent === node.id) {
      log.add('selfParent', `nodes[${i}] ("${node.id}") replies to itself`, 'it is shown under the root');
    } else if (!ids.has(node.parent)) {
      log.add('unknownParent', `nodes[${i}].parent "${node.parent}" is not in the map`, 'such nodes are shown under the root');
    }
  });

  const links = keepKnownLinks(doc.links, ids, log.add);
  const annotations = keepKnownAnnotations(doc.annotations, ids, log.add);
  const layers = doc.layers === undefined ? undefined : keepKnownInLayers(doc.layers, ids, log.add);
  const gold = doc.gold === undefined ? undefined : keepKnownGold(doc.gold, ids, log.add);
  const view = doc.view === undefined ? undefined : keepKnownView(doc.view, ids, log.add);

  const warnings = log.list();
  if (nodes === doc.nodes && links === doc.links && annotations === doc.annotations && view === doc.view && layers === doc.layers && gold === doc.gold) {
    return { doc, warnings };
  }
  const repaired: ThreadmapDocument = { ...doc, nodes, links, annotations };
  if (layers !== undefined) repaired.layers = layers;
  if (gold !== undefined) repaired.gold = gold;
  if (view === undefined) delete repaired.view;
  else repaired.view = view;
  return { doc: repaired, warnings };
}

type Report = (key: string, example: string, consequence: string) => void;

function keepKnownLinks(links: Link[], ids: ReadonlySet<string>, report: Report): Link[] {
  const kept = links.filter((link, i) => {
    const missing = !ids.has(link.from) ? `from "${link.from}"` : !ids.has(link.to) ? `to "${link.to}"` : null;
    if (missing === null) return true;
    report('unknownLink', `links[${i}] points ${missing}, which is not in the map`, 'such links were dropped');
    return false;
  });
  return kept.length === links.length ? links : kept;
}

function keepKnownAnnotations(annotations: Annotations, ids: ReadonlySet<string>, report: Report): Annotations {
  let out: Annotations | null = null;
  for (const id of Object.keys(annotations)) {
    if (ids.has(id)) continue;
    out ??= copyAnnotations(annotations);
    delete out[id];
    report('unknownAnnotation', `annotations["${id}"] is for a node that is not in the map`, 'such annotations were dropped');
  }
  return out ?? annotations;
}

function keepKnownInLayers(layers: CoderLayer[], ids: ReadonlySet<string>, report: Report): CoderLayer[] {
  let changed = false;
  const out = layers.map((layer) => {
    const annotations = keepKnownAnnotations(layer.annotations, ids, (_key, example, consequence) => report('unknownLayerAnnotation', `layer "${layer.coder}": ${example}`, consequence));
    if (annotations === layer.annotations) return layer;
    changed = true;
    return { ...layer, annotations };
  });
  return changed ? out : layers;
}

function keepKnownGold(gold: Record<string, GoldEntry>, ids: ReadonlySet<string>, report: Report): Record<string, GoldEntry> {
  const unknown = Object.keys(gold).filter((id) => !ids.has(id));
  if (unknown.length === 0) return gold;
  const out = Object.assign(Object.create(null) as Record<string, GoldEntry>, gold);
  for (const id of unknown) {
    delete out[id];
    report('unknownGold', `gold["${id}"] is for a node that is not in the map`, 'such answers were dropped');
  }
  return out;
}

function keepKnownView(view: MapView, ids: ReadonlySet<string>, report: Report): MapView {
  let out: MapView | null = null;
  if (Array.isArray(view.collapsed)) {
    const collapsed = view.collapsed.filter((id) => ids.has(id));
    if (collapsed.length !== view.collapsed.length) {
      out = { ...view, collapsed };
      report('unknownCollapsed', `view.collapsed names ${view.collapsed.length - collapsed.length} node(s) not in the map`, 'they were left out');
    }
  }
  if (typeof view.selected === 'string' && !ids.has(view.selected)) {
    out = { ...(out ?? view), selected: null };
    report('unknownSelected', `view.selected "${view.selected}" is not in the map`, 'nothing is selected');
  }
  return out ?? view;
}
