import { Dialog } from 'radix-ui';
import { SHORTCUT_GROUPS } from '../../components/keymap';

/** The `?` dialog listing every shortcut and what the tags mean. */
export function ShortcutHelp({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog">
          <Dialog.Title>Keyboard shortcuts</Dialog.Title>
          <Dialog.Description>Everything can be done without the mouse. Tags describe how a comment relates to the comment it replies to.</Dialog.Description>
          {SHORTCUT_GROUPS.map((group) => (
            <section key={group.title}>
              <h3 style={{ fontSize: 13, margin: '16px 0 4px' }}>{group.title}</h3>
              <table className="shortcut-table">
                <tbody>
                  {group.items.map((item) => (
                    <tr key={item.action}>
                      <td>{item.keys.map((key) => <kbd key={key} className="kbd" style={{ marginRight: 4 }}>{key}</kbd>)}</td>
                      <td>{item.action}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ))}
          <div className="actions">
            <Dialog.Close asChild><button type="button" className="button primary">Close</button></Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
