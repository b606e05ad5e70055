import { useState } from 'react';
import { Dialog } from 'radix-ui';
import { customCodebook, OFFERED_CODEBOOKS, withNoneCategory, type WrittenCategory } from '../../core/document/codebook';
import type { Codebook } from '../../core/document/types';
import type { Tag } from '../../core/map/types';
import { categoryKey, RESERVED_CATEGORY_KEYS } from '../../commands';
import { CodebookEntries } from '../../components/CodebookList';
import { useActions } from '../../store/editor';
import { useMapStore } from '../../store/map-store';
import { useCodebook } from '../../store/selectors';
import { focusMapIfLost, useMapRoot } from '../../components/map-focus';
import './codebook-dialog.css';

const SCHEME_NAMES: Record<string, string> = { stance: 'Pro / con / question', rumoureval: 'RumourEval: support / deny / query / comment', agreement: 'Agree / disagree / neutral' };
const WRITE_OWN = 'custom';
const BLANK: WrittenCategory = { label: '', definition: '', example: '' };

interface Draft {
  scheme: string;
  written: WrittenCategory[];
  none: boolean;
}

/** The dialog's starting point: the map's codebook, a written one's categories ready to edit. */
function draftOf(codebook: Codebook): Draft {
  const none = codebook.categories.some((category) => category.none);
  const offered = OFFERED_CODEBOOKS.some((book) => book.scheme === codebook.scheme);
  const written = codebook.categories.filter((category) => !category.none).map(({ label, definition, example, tag }) => ({ label, definition, example, ...(tag ? { tag } : {}) }));
  return { scheme: offered ? codebook.scheme : WRITE_OWN, written: offered ? [{ ...BLANK }, { ...BLANK }] : written, none };
}

/** The codebook a draft stands for: an offered scheme or the written categories (blank rows left out), with "none of these" when switched on. */
function codebookOfDraft(draft: Draft): Codebook {
  const base = draft.scheme === WRITE_OWN ? customCodebook(draft.written.filter((entry) => entry.label.trim()), RESERVED_CATEGORY_KEYS) : OFFERED_CODEBOOKS.find((book) => book.scheme === draft.scheme)!;
  return withNoneCategory(base, draft.none);
}

/** The categories of the chosen codebook as coders will see them: key, label, definition, example. */
function Preview({ codebook }: { codebook: Codebook }) {
  if (codebook.categories.length === 0) return <p className="tag-help">No categories yet: give one a label.</p>;
  return <CodebookEntries codebook={codebook} keyOf={categoryKey} className="codebook-preview" countsAs />;
}

function WrittenRow({ entry, index, onChange, onRemove }: { entry: WrittenCategory; index: number; onChange: (entry: WrittenCategory) => void; onRemove?: () => void }) {
  const name = `Category ${index + 1}`;
  return (
    <fieldset className="written-category">
      <legend>{name}</legend>
      <label>Label<input type="text" value={entry.label} onChange={(event) => onChange({ ...entry, label: event.target.value })} /></label>
      <label>Definition<input type="text" value={entry.definition ?? ''} onChange={(event) => onChange({ ...entry, definition: event.target.value })} /></label>
      <label>Example<input type="text" value={entry.example ?? ''} onChange={(event) => onChange({ ...entry, example: event.target.value })} /></label>
      <label>
        Counts as
        <select value={entry.tag ?? ''} onChange={(event) => onChange({ ...entry, ...(event.target.value ? { tag: event.target.value as Tag } : { tag: undefined }) })}>
          <option value="">no tag</option>
          <option value="pro">pro</option>
          <option value="con">con</option>
          <option value="question">question</option>
        </select>
      </label>
      {onRemove ? <button type="button" className="button" aria-label={`Remove ${entry.label.trim() || name.toLowerCase()}`} onClick={onRemove}>Remove</button> : null}
    </fieldset>
  );
}

function DialogBody({ initial, onDone }: { initial: Codebook; onDone: () => void }) {
  const { setCodebook } = useActions();
  const [draft, setDraft] = useState(() => draftOf(initial));
  const [refusal, setRefusal] = useState<string | null>(null);
  const update = (patch: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setRefusal(null);
  };
  const chosen = codebookOfDraft(draft);
  const apply = () => {
    if (chosen.categories.length === 0) return setRefusal('Write at least one category: give it a label.');
    const refused = setCodebook(chosen);
    if (refused === null) onDone();
    else setRefusal(refused);
  };
  const setWritten = (index: number, entry: WrittenCategory) => update({ written: draft.written.map((current, i) => (i === index ? entry : current)) });
  return (
    <form onSubmit={(event) => { event.preventDefault(); apply(); }}>
      <fieldset className="scheme-choice">
        <legend>Scheme</legend>
        {[...OFFERED_CODEBOOKS.map((book) => book.scheme), WRITE_OWN].map((scheme) => (
          <label key={scheme} className="scheme-option">
            <input type="radio" name="scheme" value={scheme} checked={draft.scheme === scheme} onChange={() => update({ scheme })} />
            {SCHEME_NAMES[scheme] ?? 'Write my own'}
          </label>
        ))}
      </fieldset>
      {draft.scheme === WRITE_OWN ? (
        <div className="written-categories">
          {draft.written.map((entry, index) => (
            <WrittenRow key={index} entry={entry} index={index} onChange={(next) => setWritten(index, next)} onRemove={draft.written.length > 1 ? () => update({ written: draft.written.filter((_, i) => i !== index) }) : undefined} />
          ))}
          <button type="button" className="button" onClick={() => update({ written: [...draft.written, { ...BLANK }] })}>Add a category</button>
        </div>
      ) : null}
      <label className="none-switch">
        <input type="checkbox" role="switch" checked={draft.none} onChange={(event) => update({ none: event.target.checked })} />
        Offer “None of these” (key 0): without it, an untagged comment is missing data
      </label>
      <h3 className="preview-title">What coders will choose from</h3>
      <Preview codebook={chosen} />
      {refusal ? <p className="codebook-refusal" role="alert">{refusal}</p> : null}
      <div className="actions">
        <Dialog.Close asChild><button type="button" className="button">Cancel</button></Dialog.Close>
        <button type="submit" className="button primary">Use this codebook</button>
      </div>
    </form>
  );
}

/**
 * Choose an offered scheme or write one's own, with or without "none of these". Applying it is
 * one undoable operation; a refusal (coding in the way) is shown here and nothing changes.
 */
export function CodebookDialog() {
  const open = useMapStore((state) => state.codebookDialog);
  const { showCodebookDialog } = useActions();
  const codebook = useCodebook();
  const root = useMapRoot();
  return (
    <Dialog.Root open={open} onOpenChange={showCodebookDialog}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="dialog codebook-dialog"
          // The focus starts on the scheme in use, where the arrow keys choose another, as Tab into a radio group does.
          onOpenAutoFocus={(event) => {
            const checked = (event.currentTarget as HTMLElement).querySelector<HTMLInputElement>('input[name="scheme"]:checked');
            if (!checked) return;
            event.preventDefault();
            checked.focus();
          }}
          // Opened with Shift+C there is no trigger to hand the focus back to: the map takes it.
          onCloseAutoFocus={() => focusMapIfLost(root())}
        >
          <Dialog.Title>Codebook</Dialog.Title>
          <Dialog.Description>
            The categories coders choose from, each relative to the comment it replies to. Changing the codebook is one step that Ctrl+Z undoes; it is refused while comments are coded with a category it lacks.
          </Dialog.Description>
          {open ? <DialogBody initial={codebook} onDone={() => showCodebookDialog(false)} /> : null}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
