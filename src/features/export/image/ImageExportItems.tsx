import { DropdownMenu } from 'radix-ui';
import { useEditor } from '../../../store/editor';
import { exportMapImage, IMAGE_EXPORTS } from './export-image';
import './image-export.css';

/** The image entries of the Export menu: PNG and SVG of the whole map, PNG of the current view. */
export function ImageExportItems() {
  const editor = useEditor();
  return (
    <>
      <DropdownMenu.Separator className="menu-separator" />
      {IMAGE_EXPORTS.map((entry) => (
        <DropdownMenu.Item key={entry.kind} className="menu-item" onSelect={() => void exportMapImage(editor, entry.kind)}>
          <span>{entry.label}</span>
          <span className="hint">{entry.hint}</span>
        </DropdownMenu.Item>
      ))}
    </>
  );
}
