import { useActions } from '../../store/editor';
import { ToggleGroup } from 'radix-ui';
import type { LayoutMode } from '../../core/layout/types';
import { HintTooltip } from '../../components/HintTooltip';
import { commandAriaKeys, commandHint } from '../../commands';
import { useLayoutMode } from './use-map-layout';
import './layout-switcher.css';

export const LAYOUT_LABELS: Record<LayoutMode, string> = { overview: 'Overview', 'tree-down': 'Tree ↓', 'tree-right': 'Tree →', outline: 'Outline' };

const MODES = Object.keys(LAYOUT_LABELS) as LayoutMode[];

/** Switches the layout mode; the choice is kept in the map's `view`. */
export function LayoutSwitcher() {
  const { setLayout } = useActions();
  const mode = useLayoutMode();
  return (
    <ToggleGroup.Root
      type="single"
      className="layout-switcher"
      aria-label="Layout"
      value={mode}
      onValueChange={(value) => {
        if (value) setLayout(value);
      }}
    >
      {MODES.map((value) => (
        <HintTooltip key={value} {...commandHint(`layout.${value}`)}>
          <ToggleGroup.Item value={value} className="layout-option" aria-keyshortcuts={commandAriaKeys(`layout.${value}`)} aria-label={`${LAYOUT_LABELS[value].replace(/ [↓→]$/, '')} layout${value === 'tree-down' ? ', top-down' : value === 'tree-right' ? ', left to right' : ''}`}>
            {LAYOUT_LABELS[value]}
          </ToggleGroup.Item>
        </HintTooltip>
      ))}
    </ToggleGroup.Root>
  );
}
