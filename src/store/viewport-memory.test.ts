import { describe, expect, it } from 'vitest';
import { openFixture } from '../../test/support/fixtures';
import { openDocument } from './actions';
import { useMapStore } from './map-store';
import { documentOf } from './selectors';
import { rememberViewport } from './viewport-memory';

describe('the remembered viewport', () => {
  it('is written into the document, and a newly opened map starts without the old one', () => {
    const document = openFixture('hn-algolia_items-17_2014_node-hacker-news-api.json');
    openDocument(document);
    rememberViewport({ x: -40, y: 12.5, zoom: 0.8 });
    const saved = documentOf(useMapStore.getState(), '2026-11-26T14:00:00.000Z', 'threadmap test')!;
    expect(saved.view?.viewport).toEqual({ x: -40, y: 12.5, zoom: 0.8 });

    openDocument({ ...document, view: {} });
    expect(documentOf(useMapStore.getState(), '2026-11-26T14:00:00.000Z', 'threadmap test')!.view?.viewport).toBeUndefined();

    openDocument(saved);
    expect(useMapStore.getState().view.viewport).toEqual({ x: -40, y: 12.5, zoom: 0.8 });
  });
});
