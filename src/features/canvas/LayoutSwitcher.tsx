import { useActions } from '../../store/editor';
import { ToggleGroup } from 'radix-ui';
import type { LayoutMode } from '../../core/layout/types';
import { HintTooltip } from '../../components/HintTooltip';
import { LAYOUT_KEYS } from '../../components/keymap';
import { useLayoutMode } from './use-map-layout';
import './layout-switcher.css';

export const LAYOUT_LABELS: Record<LayoutMode, { label: string; hint: string }> = {
  overview: { label: 'Overview', hint: 'The whole thread on one screen: compact rows flowed into columns' },
  'tree-down': { label: 'Tree ↓', hint: 'A top-down tree, replies below the comment they answer' },
  'tree-right': { label: 'Tree →', hint: 'A left-to-right tree, replies to the right' },
  outline: { label: 'Outline', hint: 'One row per comment, replies indented, read like the thread' },
};

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
        <HintTooltip key={value} label={LAYOUT_LABELS[value].hint} shortcut={LAYOUT_KEYS[value]}>
          <ToggleGroup.Item value={value} className="layout-option" aria-label={`${LAYOUT_LABELS[value].label.replace(/ [↓→]$/, '')} layout${value === 'tree-down' ? ', top-down' : value === 'tree-right' ? ', left to right' : ''}`}>
            {LAYOUT_LABELS[value].label}
          </ToggleGroup.Item>
        </HintTooltip>
      ))}
    </ToggleGroup.Root>
  );
}
