import { CloseIcon } from '../../components/icons';
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
  const autosave = useAutosave();
  if (!readOnly) return null;
  return (
    <div className="banner info read-only" role="status" data-testid="read-only" data-writer-gone={writerGone}>
      <div className="message">
        {writerGone ? (
          <>
            <strong>The other tab has closed.</strong>
            Nothing of its work is lost: it is saved. Take over to edit this map here.
          </>
        ) : (
          <>
            <strong>Open in another tab.</strong>
            This map is being edited in another tab, so here it is read-only and shows that tab’s changes as they are made.
          </>
        )}
      </div>
      <div className="banner-actions">
        <button type="button" className="button primary" onClick={() => void autosave?.session()?.takeOver()}>Take over</button>
        <button type="button" className="button" onClick={() => void autosave?.session()?.openCopy()}>Open a copy</button>
      </div>
    </div>
  );
}

/** The thread just opened is already in the library: open that map, or keep this one too. */
function SavedCopyBanner() {
  const copy = useMapStore((state) => state.save.savedCopy);
  const autosave = useAutosave();
  if (!copy) return null;
  return (
    <div className="banner warning" role="status" data-testid="saved-copy">
      <div className="message">
        <strong>You have this thread saved.</strong>
        “<IsolatedName name={copy.name} />”, {taggedCount(copy.taggedCount)}, saved <time dateTime={copy.savedAt}>{formatDateTime(copy.savedAt)}</time>. Open it to carry on, or keep this fresh copy as a map of its own.
      </div>
      <div className="banner-actions">
        <button type="button" className="button primary" onClick={() => void autosave?.session()?.openSavedCopy()}>Open saved</button>
        <button type="button" className="button" onClick={() => autosave?.session()?.keepFresh()}>Open fresh</button>
      </div>
    </div>
  );
}

function ProblemBanner() {
  const problem = useMapStore((state) => state.save.problem);
  const editor = useEditor();
  if (!problem) return null;
  return (
    <div className="banner error" role="alert" data-testid="storage-problem">
      <div className="message">
        <strong>{problem.kind === 'quota' ? 'Storage full.' : problem.kind === 'unavailable' ? 'Saving is off.' : 'Saving failed.'}</strong>
        {problem.message}
      </div>
      <button type="button" className="button icon" aria-label="Hide this message (the map is still not saved)" onClick={() => setSave(editor.store, { problem: null })}><CloseIcon /></button>
    </div>
  );
}

function SetAsideBanner() {
  const setAside = useMapStore((state) => state.save.setAside);
  const editor = useEditor();
  if (setAside.length === 0) return null;
  const first = setAside[0]!;
  return (
    <div className="banner warning" role="alert" data-testid="set-aside">
      <div className="message">
        <strong>{setAside.length === 1 ? `The saved map “${first.name}” could not be read.` : `${setAside.length} saved maps could not be read.`}</strong>
        {setAside.length === 1 ? first.reason : setAside.map((entry) => `“${entry.name}”: ${entry.reason}`).join(' ')} {setAside.length === 1 ? 'It was' : 'They were'} set aside under Maps; the other saved maps are not affected.
      </div>
      <button type="button" className="button icon" aria-label="Dismiss the message about damaged maps" onClick={() => setSave(editor.store, { setAside: [] })}><CloseIcon /></button>
    </div>
  );
}

function ReportsBanner() {
  const reports = useMapStore((state) => state.save.reports);
  const editor = useEditor();
  if (reports.length === 0) return null;
  return (
    <div className="banner info" role="status">
      <div className="message">{reports.join(' ')}</div>
      <button type="button" className="button icon" aria-label="Dismiss" onClick={() => setSave(editor.store, { reports: [] })}><CloseIcon /></button>
    </div>
  );
}

/** What the user must know about saving: not saved (and why), open in another tab, damaged saved maps. */
export function StorageBanners() {
  return (
    <>
      <ProblemBanner />
      <ReadOnlyBanner />
      <SavedCopyBanner />
      <SetAsideBanner />
      <ReportsBanner />
    </>
  );
}
