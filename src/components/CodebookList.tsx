import './codebook-list.css';
import { codebookOf } from '../core/document/codebook';
import { useMapStore } from '../store/map-store';

/** The codebook the map is coded with: each category's key, definition and example. */
export function CodebookList({ open = false }: { open?: boolean }) {
  const codebook = useMapStore((state) => state.codebook);
  const book = codebookOf({ codebook });
  return (
    <details className="codebook" open={open}>
      <summary>Codebook: {book.categories.map((category) => category.label).join(' / ')}</summary>
      <dl>
        {book.categories.map((category) => (
          <div key={category.id} className="codebook-entry">
            <dt><span className="kbd" title="Its key">{category.key}</span> {category.label}</dt>
            <dd>{category.definition}</dd>
            {category.example ? <dd className="tag-help">e.g. “{category.example}”</dd> : null}
          </div>
        ))}
      </dl>
    </details>
  );
}
