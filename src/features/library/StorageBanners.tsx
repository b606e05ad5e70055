import { Banner } from '../../components/Banner';
import { useAutosave } from '../../store/autosave';
import { useEditor } from '../../store/editor';
import { useMapStore } from '../../store/map-store';
import { setSave } from '../../store/autosave/save-slice';
import { formatDateTime } from '../../components/format';
import { IsolatedName } from '../../components/bidi';
import { taggedCount } from './source-names';
import './library.css';

/**
 * Another tab writes the open map: this one follows it live, and can take over or branch off.
 * Once that tab has closed, taking over is offered first rather than done unasked: a reloading
 * writer lets go of the map for a moment too, and must not find it taken from it.
 */
function ReadOnlyBanner() {
  const readOnly = useMapStore((state) => state.save.readOnly);
  const writerGone = useMapStore((state) => state.save.writerGone);
  const session = useAutosave()?.session;
  if (!readOnly) return null;
  return (
    <Banner
      tone="info"
      role="status"
      className="read-only"
      testId="read-only"
      data={{ 'data-writer-gone': writerGone }}
      title={writerGone ? 'The other tab has closed.' : 'Open in another tab.'}
      actions={
        <>
          <button type="button" className="button primary" onClick={() => void session?.()?.takeOver()}>Take over</button>
          <button type="button" className="button" onClick={() => void session?.()?.openCopy()}>Open a copy</button>
        </>
      }
    >
      {writerGone
        ? 'Nothing of its work is lost: it is saved. Take over to edit this map here.'
        : 'This map is being edited in another tab, so here it is read-only and shows that tab’s changes as they are made.'}
    </Banner>
  );
}

/** The thread just opened is already in the library: open that map, or keep this one too. */
function SavedCopyBanner() {
  const copy = useMapStore((state) => state.save.savedCopy);
  const session = useAutosave()?.session;
  if (!copy) return null;
  return (
    <Banner
      tone="warning"
      role="status"
      testId="saved-copy"
      title="You have this thread saved."
      actions={
        <>
          <button type="button" className="button primary" onClick={() => void session?.()?.openSavedCopy()}>Open saved</button>
          <button type="button" className="button" onClick={() => session?.()?.keepFresh()}>Open fresh</button>
        </>
      }
    >
      “<IsolatedName name={copy.name} />”, {taggedCount(copy.taggedCount)}, saved <time dateTime={copy.savedAt}>{formatDateTime(copy.savedAt)}</time>. Open it to carry on, or keep this fresh copy as a map of its own.
    </Banner>
  );
}

const PROBLEM_TITLE = { quota: 'Storage full.', unavailable: 'Saving is off.', failed: 'Saving failed.' };

/** What the user must know about saving: not saved (and why), open in another tab, damaged saved maps. */
export function StorageBanners() {
  const { problem, setAside, reports } = useMapStore((state) => state.save);
  const editor = useEditor();
  const first = setAside[0];
  return (
    <>
      {problem ? (
        <Banner tone="error" role="alert" testId="storage-problem" title={PROBLEM_TITLE[problem.kind]} dismiss={{ label: 'Hide this message (the map is still not saved)', onDismiss: () => setSave(editor.store, { problem: null }) }}>
          {problem.message}
        </Banner>
      ) : null}
      <ReadOnlyBanner />
      <SavedCopyBanner />
      {first ? (
        <Banner
          tone="warning"
          role="alert"
          testId="set-aside"
          title={setAside.length === 1 ? `The saved map “${first.name}” could not be read.` : `${setAside.length} saved maps could not be read.`}
          dismiss={{ label: 'Dismiss the message about damaged maps', onDismiss: () => setSave(editor.store, { setAside: [] }) }}
        >
          {setAside.length === 1 ? first.reason : setAside.map((entry) => `“${entry.name}”: ${entry.reason}`).join(' ')} {setAside.length === 1 ? 'It was' : 'They were'} set aside under Maps; the other saved maps are not affected.
        </Banner>
      ) : null}
      {reports.length > 0 ? (
        <Banner tone="info" role="status" dismiss={{ label: 'Dismiss', onDismiss: () => setSave(editor.store, { reports: [] }) }}>
          {reports.join(' ')}
        </Banner>
      ) : null}
    </>
  );
}
