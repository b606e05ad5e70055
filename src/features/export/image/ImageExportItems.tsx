import { DropdownMenu } from 'radix-ui';
import { useMapViewSlot } from '../../../components/map-view';
import { exportMapImage, IMAGE_EXPORTS } from './export-image';
import './image-export.css';

/** The image entries of the Export menu: PNG and SVG of the whole map, PNG of the current view. */
export function ImageExportItems() {
  // The map drawn now, read when an entry is chosen: the layout on screen is the one exported.
  const mapView = useMapViewSlot();
  return (
    <>
      <DropdownMenu.Separator className="menu-separator" />
      {IMAGE_EXPORTS.map((entry) => (
        <DropdownMenu.Item key={entry.kind} className="menu-item" onSelect={() => void exportMapImage(entry.kind, mapView?.shown() ?? null)}>
          <span>{entry.label}</span>
          <span className="hint">{entry.hint}</span>
        </DropdownMenu.Item>
      ))}
    </>
  );
}
