import { lazy, Suspense } from 'react';
import { ChevronDownIcon, DownloadIcon } from '../../components/icons';

// The exporters, the image export and the menu load just after the first paint, not with the page.
const ExportControls = lazy(() => import('./ExportMenu').then((module) => ({ default: module.ExportControls })));

/**
 * Export's two buttons as they look before their code has loaded: there, not yet pressable (at
 * the first paint no map is open yet, so they are not pressable then either).
 */
function ExportControlsLoading() {
  return (
    <div className="group">
      <button type="button" className="button" disabled><DownloadIcon /><span className="mid-hide">Export JSON</span></button>
      <button type="button" className="button" disabled>Export<ChevronDownIcon /></button>
    </div>
  );
}

/** "Export JSON" and the Export menu, loaded after the page. */
export function ExportControlsOnDemand() {
  return (
    <Suspense fallback={<ExportControlsLoading />}>
      <ExportControls />
    </Suspense>
  );
}
