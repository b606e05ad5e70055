// @vitest-environment jsdom
import { createEditor } from '../store/editor';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Dialog } from 'radix-ui';
import { renderUi } from '../../test/support/render-ui';
import { HintTooltip } from './HintTooltip';

afterEach(cleanup);

function DialogWithTooltip() {
  return (
    <>
      <button type="button">Before</button>
      <Dialog.Root>
        <HintTooltip label="Paste a thread" shortcut="V">
          <Dialog.Trigger asChild>
            <button type="button">Paste</button>
          </Dialog.Trigger>
        </HintTooltip>
        <Dialog.Portal>
          <Dialog.Content aria-describedby={undefined}>
            <Dialog.Title>Paste</Dialog.Title>
            <Dialog.Close asChild>
              <button type="button">Close</button>
            </Dialog.Close>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </>
  );
}

describe('HintTooltip', () => {
  it('shows on keyboard focus from another control', async () => {
    const user = userEvent.setup();
    renderUi(createEditor(), <DialogWithTooltip />);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Before' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Paste' })).toHaveFocus();
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Paste a thread');
  });

  it('[regression] does not come back up when a dialog closes and hands focus back to its button', async () => {
    const user = userEvent.setup();
    renderUi(createEditor(), <DialogWithTooltip />);
    await user.click(screen.getByRole('button', { name: 'Paste' }));
    await screen.findByRole('dialog');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByRole('button', { name: 'Paste' })).toHaveFocus();
    expect(screen.queryByRole('tooltip')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Paste' }));
    await user.click(await screen.findByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByRole('button', { name: 'Paste' })).toHaveFocus();
    expect(screen.queryByRole('tooltip')).toBeNull();
  });
});
