import { lazy, Suspense } from 'react';
import { ChevronDownIcon } from '../../components/icons';

// The filters' popover (and the popover code itself) loads just after the map is shown, not with
// the page: the first screen shows only its button.
const FilterMenu = lazy(() => import('./FilterMenu').then((module) => ({ default: module.FilterMenu })));

/** The Filters button, there but not yet pressable while its menu's code loads. */
export function FilterMenuOnDemand() {
  return (
    <Suspense fallback={<button type="button" className="button filter-trigger" aria-label="Filters" disabled>Filters<ChevronDownIcon /></button>}>
      <FilterMenu />
    </Suspense>
  );
}
