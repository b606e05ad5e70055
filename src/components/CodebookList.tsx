import './codebook-list.css';
import { codebookOf } from '../core/document/codebook';
import type { Codebook, CodebookCategory } from '../core/document/types';
import { useMapStore } from '../store/map-store';

/** The key that chooses a category, as the command registry gives it; undefined when another command keeps it (the category is chosen by its button). */
export type CategoryKey = (category: CodebookCategory, codebook: Codebook) => string | undefined;

/** Each category of a codebook: its key, its label, optionally what map tag it counts as, its definition and its example. */
export function CodebookEntries({ codebook, keyOf, className, countsAs = false }: { codebook: Codebook; keyOf: CategoryKey; className?: string; countsAs?: boolean }) {
  return (
    <dl className={className} aria-label="Categories">
      {codebook.categories.map((category) => {
        const key = keyOf(category, codebook);
        return (
          <div key={category.id} className="codebook-entry" data-category={category.id}>
            <dt>
              <span className="kbd" title={key ? 'Its key' : 'No key left: use its button'}>{key ?? '–'}</span> {category.label}
              {countsAs ? <span className="counts-as">{category.tag ? `counts as ${category.tag}` : 'counts as no tag'}</span> : null}
            </dt>
            {category.definition ? <dd>{category.definition}</dd> : null}
            {category.example ? <dd className="tag-help">e.g. “{category.example}”</dd> : null}
          </div>
        );
      })}
    </dl>
  );
}

/** The codebook the map is coded with: each category's key, definition and example. */
export function CodebookList({ keyOf, open = false }: { keyOf: CategoryKey; open?: boolean }) {
  const codebook = useMapStore((state) => state.codebook);
  const book = codebookOf({ codebook });
  return (
    <details className="codebook" open={open}>
      <summary>Codebook: {book.categories.map((category) => category.label).join(' / ')}</summary>
      <CodebookEntries codebook={book} keyOf={keyOf} />
    </details>
  );
}
