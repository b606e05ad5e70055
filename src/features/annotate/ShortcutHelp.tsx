import { Dialog } from 'radix-ui';
import { categoryKey, shortcutSheet } from '../../commands';
import { useMemo } from 'react';
import { CodebookList } from '../../components/CodebookList';
import { useCodebook } from '../../store/selectors';
import { focusMapIfLost, useMapRoot } from '../../components/map-focus';

/** The `?` dialog listing every shortcut of the command registry (the codebook's categories first, with definition and example) and what the tags mean. */
export function ShortcutHelp({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const codebook = useCodebook();
  const root = useMapRoot();
  // The categories of the map's codebook are commands: the sheet follows the codebook.
  const sheet = useMemo(() => shortcutSheet(codebook), [codebook]);
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog" onCloseAutoFocus={() => focusMapIfLost(root())}>
          <Dialog.Title>Keyboard shortcuts</Dialog.Title>
          <Dialog.Description>Everything can be done without the mouse. Tags describe how a comment relates to the comment it replies to.</Dialog.Description>
          {sheet.map((group) => (
            <section key={group.title} aria-label={group.title}>
              <h3 style={{ fontSize: 13, margin: '16px 0 4px' }}>{group.title}</h3>
              <table className="shortcut-table">
                <tbody>
                  {group.rows.map((row) => (
                    <tr key={row.ids[0]} data-commands={row.ids.join(' ')}>
                      <td>{row.keys.map((key) => <kbd key={key} className="kbd" style={{ marginRight: 4 }}>{key}</kbd>)}</td>
                      <td>
                        {row.label}
                        {row.example ? <span className="sheet-example"> e.g. “{row.example}”</span> : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ))}
          <CodebookList keyOf={categoryKey} open />
          <div className="actions">
            <Dialog.Close asChild><button type="button" className="button primary">Close</button></Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
