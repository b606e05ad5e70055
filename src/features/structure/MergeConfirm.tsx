import { useActions, useMapStore } from '../../store/editor';
import { AlertDialog } from 'radix-ui';
import { excerpt } from '../../components/format';
import { useGraph } from '../../store/selectors';
import { mergeTargetOf } from '../../core/map/edit';
import { authorName } from '../../core/map/author-name';
import { nodeWords } from '../../core/map/node-words';
import { focusMapIfLost, useMapRoot } from '../../components/map-focus';

/** "Merge these two cards?" before a merge that joins two authors or blocks the source separated. */
export function MergeConfirm() {
  const { cancelMerge, confirmMerge } = useActions();
  const request = useMapStore(({ pick: state }) => state.mergeRequest);
  const graph = useGraph();
  const root = useMapRoot();
  const at = request ? graph.index.get(request.id) : undefined;
  const into = at === undefined ? -1 : mergeTargetOf(graph, at);
  const name = (position: number) => {
    const node = graph.nodes[position]!;
    return `${authorName(node)}: “${excerpt(nodeWords(node), 60)}”`;
  };
  return (
    <AlertDialog.Root open={request !== null} onOpenChange={(open) => !open && cancelMerge()}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        {/* Asked by Shift+M there is no trigger to hand the focus back to: the map takes it. */}
        <AlertDialog.Content className="dialog merge-confirm" data-testid="merge-confirm" onCloseAutoFocus={() => focusMapIfLost(root())}>
          <AlertDialog.Title>Merge these two cards?</AlertDialog.Title>
          <AlertDialog.Description>{request?.question}</AlertDialog.Description>
          {at !== undefined && into >= 0 ? (
            <ol className="merge-pair">
              <li><span className="merge-role">Kept</span> {name(into)}</li>
              <li><span className="merge-role">Added to it</span> {name(at)}</li>
            </ol>
          ) : null}
          <div className="actions">
            <AlertDialog.Cancel asChild>
              <button type="button" className="button">Keep them apart</button>
            </AlertDialog.Cancel>
            <AlertDialog.Action asChild>
              <button type="button" className="button primary" onClick={confirmMerge}>Merge</button>
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
