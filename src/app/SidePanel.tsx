import { lazy, Suspense, useLayoutEffect, useRef } from 'react';
import { useActions } from '../store/editor';
import { useMapStore } from '../store/map-store';
import { useCodebook, useGraph, useSelectedId } from '../store/selectors';
import { ancestorsOf } from '../core/map/graph';
import { authorName, cardName } from '../core/map/author-name';
import { nodeWords } from '../core/map/node-words';
import type { ThreadNode } from '../core/map/types';
import { safeHref } from '../core/text';
import { formatDateTime } from '../components/format';
import { TagButtons } from '../features/annotate/TagButtons';
import { TagProgress } from '../features/annotate/TagProgress';
import { NoteEditor } from '../features/annotate/NoteEditor';
import { CommentText } from '../features/inspect/CommentText';
import { SuggestionOffer } from '../features/find/SuggestionOffer';
import { FindBar } from '../features/find/FindBar';
import { StructureTools } from '../features/structure/StructureTools';
import { ClaimSource } from '../features/structure/ClaimSource';
import { HintTooltip } from '../components/HintTooltip';
import { IsolatedName, revealBidiControls } from '../components/bidi';
import { CodebookList } from '../components/CodebookList';
import { categoryKey } from '../commands';

// The measures of the thread (and their panels) load after the first paint: the map comes first.
const SubDebatePanel = lazy(() => import('../features/insight/SubDebatePanel').then((module) => ({ default: module.SubDebatePanel })));
const PeoplePanel = lazy(() => import('../features/insight/PeoplePanel').then((module) => ({ default: module.PeoplePanel })));
const CodersSection = lazy(() => import('../features/coders/CodersSection').then((module) => ({ default: module.CodersSection })));
const Adjudication = lazy(() => import('../features/coders/Adjudication').then((module) => ({ default: module.Adjudication })));

const STATUS_TEXT = { deleted: 'deleted', dead: 'dead (flagged)', removed: 'removed by a moderator' } as const;

/**
 * A step of the chain named as its card names it; a comment with no author (pasted text) by its
 * first words, so the chain does not read "Comment › Comment › Comment".
 */
function chainName(node: ThreadNode): string {
  const name = cardName(node);
  if (name) return name;
  if (node.kind !== 'comment' || node.status !== 'ok') return authorName(node);
  const words = nodeWords(node).split(/\s+/).filter(Boolean);
  return words.length > 3 ? `${words.slice(0, 3).join(' ')}…` : words.join(' ');
}

function Breadcrumb({ position }: { position: number }) {
  const { select } = useActions();
  const graph = useGraph();
  const chain = ancestorsOf(graph, position).reverse();
  if (chain.length < 2) return null;
  return (
    <nav aria-label="Chain of replies">
      <ol className="breadcrumb">
        {chain.map((at) => {
          const node = graph.nodes[at]!;
          const label = revealBidiControls(chainName(node));
          return (
            <li key={node.id}>
              {at === position ? <bdi aria-current="true">{label}</bdi> : <button type="button" onClick={() => select(node.id)}><bdi>{label}</bdi></button>}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

function SelectedComment({ id }: { id: string }) {
  const graph = useGraph();
  const position = graph.index.get(id);
  if (position === undefined) return null;
  const node = graph.nodes[position]!;
  const replies = graph.children[position]!.length;
  // A map file can carry any string as a permalink: only http(s) and mailto become links.
  const permalink = safeHref(node.url);
  // The comment first: in a short window the text is what the reader came for.
  return (
    <>
      <article className="section" aria-label="Selected comment">
        <Breadcrumb position={position} />
        {node.title ? <h3 className="comment-title">{node.title}</h3> : null}
        <div className="comment-head">
          <IsolatedName className="author" name={authorName(node)} />
          {node.createdAt ? <time className="time" dateTime={node.createdAt}>{formatDateTime(node.createdAt)}</time> : null}
          {/* "[deleted]" as the name already says it; "dead" and "removed" add who did it. */}
          {node.status !== 'ok' && !(node.status === 'deleted' && !node.author) ? <span className="status">{STATUS_TEXT[node.status]}</span> : null}
          {permalink ? (
            <a className="time" href={permalink} target="_blank" rel="noopener noreferrer nofollow">Permalink</a>
          ) : null}
        </div>
        {node.text ? <CommentText node={node} /> : <p className="time">(no text)</p>}
        <p className="tag-help">{replies === 1 ? '1 direct reply' : `${replies} direct replies`} · depth {graph.depth[position]}</p>
        <ClaimSource node={node} />
      </article>
      <section className="section" aria-label="Tag and note">
        <h2>Tag</h2>
        <TagButtons id={id} />
        <p className="tag-help">Relative to the comment it replies to.</p>
        <CodebookList keyOf={categoryKey} />
        <SuggestionOffer id={id} />
        <h2 style={{ marginTop: 'var(--space-3)' }}>Note</h2>
        <NoteEditor id={id} />
      </section>
      <Suspense fallback={null}>
        <Adjudication id={id} />
      </Suspense>
      <StructureTools id={id} />
    </>
  );
}

/** What the map's categories mean, in one sentence: each category's label and definition. */
function CodebookSummary() {
  const codebook = useCodebook();
  return (
    <p>
      Tags say how a comment relates to the one it replies to:{' '}
      {codebook.categories.map((category, i) => (
        <span key={category.id}>
          {i > 0 ? '; ' : ''}<strong>{category.label}</strong>{category.definition ? `: ${category.definition.replace(/\.$/, '').replace(/^./, (first) => first.toLowerCase())}` : ''}
        </span>
      ))}.
    </p>
  );
}

interface SidePanelProps {
  collapsed?: boolean;
  onCollapsedChange?: (collapsed: boolean) => void;
}

/**
 * The right-hand panel: find, the selected comment in full with its tag, note and structure tools,
 * the coders' section, the sub-debates and people, and progress.
 */
export function SidePanel({ collapsed = false, onCollapsedChange = () => undefined }: SidePanelProps) {
  const selectedId = useSelectedId();
  const hasMap = useMapStore((state) => state.nodes.length > 0);
  const scroll = useRef<HTMLDivElement>(null);
  // Each comment is read from its start (author, chain of replies, first line), wherever the
  // last one was scrolled to or its note left the panel.
  useLayoutEffect(() => {
    if (scroll.current) scroll.current.scrollTop = 0;
  }, [selectedId]);
  if (collapsed) {
    return (
      <aside className="side-panel collapsed" id="side-panel" aria-label="Details">
        <HintTooltip label="Show the side panel">
          <button type="button" className="button icon" aria-label="Show the side panel" aria-expanded="false" aria-controls="side-panel" onClick={() => onCollapsedChange(false)}>
            <span aria-hidden="true">«</span>
          </button>
        </HintTooltip>
      </aside>
    );
  }
  return (
    <aside className="side-panel" id="side-panel" aria-label="Details">
      <div className="panel-head">
        {hasMap ? (
          <section className="find-section" aria-label="Find and filter">
            <FindBar />
          </section>
        ) : <span className="panel-head-spacer" />}
        <HintTooltip label="Hide the side panel">
          <button type="button" className="button icon" aria-label="Hide the side panel" aria-expanded="true" aria-controls="side-panel" onClick={() => onCollapsedChange(true)}>
            <span aria-hidden="true">»</span>
          </button>
        </HintTooltip>
      </div>
      <div className="scroll" ref={scroll}>
        {selectedId ? (
          <SelectedComment key={selectedId} id={selectedId} />
        ) : (
          <div className="empty-panel">
            <p><strong>Select a card</strong> to read the whole comment and tag it.</p>
            <CodebookSummary />
          </div>
        )}
      </div>
      {hasMap ? (
        <Suspense fallback={null}>
          <CodersSection />
        </Suspense>
      ) : null}
      {hasMap ? (
        <section className="section insight-sections" aria-label="Sub-debates and people">
          <Suspense fallback={null}>
            <SubDebatePanel />
            <PeoplePanel />
          </Suspense>
        </section>
      ) : null}
      {hasMap ? (
        <section className="section progress-section" aria-label="Progress">
          <TagProgress />
        </section>
      ) : null}
    </aside>
  );
}
