// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderUi } from '../../../test/support/render-ui';
import { agreementReport, reliabilityDataOfMap } from '../../core/agreement';
import { cardsOf, codedBy } from '../../core/agreement/testing/coder-files';
import { openFixture } from '../../../test/support/fixtures';
import type { ThreadmapDocument } from '../../core/document/types';
import { exportJson } from '../../core/export/json';
import { createEditor } from '../../store/editor';
import { documentOf } from '../../store/selectors';
import { Adjudication } from './Adjudication';
import { CodersSection } from './CodersSection';

afterEach(cleanup);

const at = '2026-11-30T12:00:00.000Z';
const reddit = openFixture('reddit_r-redditdev_2ujhkr_comments_reddift.json');
const cards = cardsOf(reddit);
const file = (doc: ThreadmapDocument) => exportJson(doc, { now: at });

/** Ana's and Ben's files combined, opened by `viewer` (Cleo, the adjudicator, unless said). */
async function twoCoders(viewer = 'Cleo') {
  const editor = createEditor({ now: () => at, initial: { coder: viewer, coderAsked: true } });
  await editor.actions.openCoderFiles([
    { name: 'ana.json', text: file(codedBy(reddit, 'Ana', { [cards[0]!]: 'pro', [cards[1]!]: 'con', [cards[2]!]: 'question', [cards[3]!]: 'pro' })) },
    { name: 'ben.json', text: file(codedBy(reddit, 'Ben', { [cards[0]!]: 'pro', [cards[1]!]: 'question', [cards[2]!]: 'question', [cards[3]!]: 'con' })) },
  ]);
  editor.actions.select(cards[1]!);
  return editor;
}

describe('the coders panel', () => {
  it('hides the other coders\' tags, and where they differ, from a coder coding blind, and shows them by name once blind coding is off', async () => {
    const editor = await twoCoders('Ana');
    renderUi(editor, <><CodersSection /><Adjudication id={cards[1]!} /></>);
    expect(screen.getByRole('switch')).toBeChecked();
    expect(screen.queryByRole('region', { name: 'Coders\' tags and gold' })).toBeNull();
    expect(screen.getByTestId('disagreement-count')).toHaveTextContent('stays hidden while you code blind');
    expect(screen.getByRole('button', { name: 'Next disagreement' })).toBeDisabled();
    act(() => void editor.actions.stepDisagreement(1));
    expect(editor.store.getState().selectedId).toBe(cards[1]);
    expect(editor.store.getState().notice).toContain('Blind coding hides where the coders differ');
    fireEvent.click(screen.getByRole('switch'));
    const tags = within(screen.getByRole('region', { name: 'Coders\' tags and gold' })).getAllByRole('listitem').map((item) => item.textContent);
    expect(tags).toEqual(['AN Ana: Con', 'BE Ben: Question']);
    expect(screen.getByTestId('disagreement-count')).toHaveTextContent('They differ on 2 comments; 0 decided.');
  });

  it('shows an adjudicator who has not coded the map every coder\'s tag, with blind coding left on', async () => {
    const editor = await twoCoders('Cleo');
    renderUi(editor, <><CodersSection /><Adjudication id={cards[1]!} /></>);
    expect(screen.getByRole('switch')).toBeChecked();
    expect(screen.getByText(/you have not coded this map, so every coder’s tag is shown/)).toBeInTheDocument();
    expect(screen.getByTestId('disagreement-count')).toHaveTextContent('They differ on 2 comments; 0 decided.');
    const tags = within(screen.getByRole('region', { name: 'Coders\' tags and gold' })).getAllByRole('listitem').map((item) => item.textContent);
    expect(tags).toEqual(['AN Ana: Con', 'BE Ben: Question']);
    act(() => void editor.actions.stepDisagreement(1));
    expect(editor.store.getState().selectedId).toBe(cards[3]);
  });

  it('shows a coder whose layer is empty every coder\'s tag too: with nothing of their own to keep, they adjudicate', async () => {
    const editor = await twoCoders('Ana');
    for (const id of cards.slice(0, 4)) act(() => void editor.actions.setTag(id, null));
    renderUi(editor, <><CodersSection /><Adjudication id={cards[1]!} /></>);
    expect(editor.store.getState().layers!.find((layer) => layer.coder === 'Ana')!.annotations).toEqual({});
    expect(within(screen.getByRole('region', { name: 'Coders\' tags and gold' })).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['AN Ana: untagged', 'BE Ben: Question']);
  });

  it('decides the gold answer with a note in one undoable step, and counts it as decided', async () => {
    const editor = await twoCoders();
    renderUi(editor, <><CodersSection /><Adjudication id={cards[1]!} /></>);
    const form = screen.getByRole('region', { name: 'Coders\' tags and gold' });
    expect(within(form).getByRole('button', { name: 'Decide gold' })).toBeDisabled();
    fireEvent.click(within(form).getByRole('radio', { name: 'Another answer:' }));
    fireEvent.change(within(form).getByRole('textbox', { name: 'Another answer' }), { target: { value: 'Off topic' } });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Why (note)' }), { target: { value: 'Neither reading fits.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Decide gold' }));
    expect(screen.getByTestId('gold-decided')).toHaveTextContent('Gold: “Off topic”, decided by Cleo');
    expect(screen.getByTestId('disagreement-count')).toHaveTextContent('They differ on 2 comments; 1 decided.');
    const doc = documentOf(editor.store.getState(), at, 'test')!;
    expect(doc.gold![cards[1]!]).toMatchObject({ category: null, text: 'Off topic', note: 'Neither reading fits.', decidedBy: 'Cleo', coderTags: { Ana: 'con', Ben: 'question' } });
    act(() => void editor.actions.undo());
    expect(screen.queryByTestId('gold-decided')).toBeNull();
  });

  it('opens the agreement panel with the measures of the whole map', async () => {
    const editor = await twoCoders();
    renderUi(editor, <CodersSection />);
    fireEvent.click(screen.getByRole('button', { name: 'Agreement…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Agreement between coders' });
    const expected = agreementReport(reliabilityDataOfMap(documentOf(editor.store.getState(), at, 'test')!));
    await waitFor(() => expect(dialog.querySelector('[data-measure="alpha"]')).not.toBeNull());
    expect(Number(dialog.querySelector('[data-measure="alpha"]')!.getAttribute('data-value'))).toBe(expected.krippendorffAlpha);
    expect(Number(dialog.querySelector('[data-measure="kappa"]')!.getAttribute('data-value'))).toBe(expected.pairs[0]!.cohenKappa);
  });
});
