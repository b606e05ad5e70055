// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { openFixture } from '../../../test/support/fixtures';
import { RichText } from './RichText';

const ALGOLIA = 'hn-algolia-derived_14952787_first-3-top-level.json';
const nodeOf = (fixture: string, id: string) => openFixture(fixture).nodes.find((node) => node.id === id)!;

afterEach(cleanup);

describe('RichText', () => {
  it('shows a comment’s plain text at once, and its markup once the HTML reader has loaded', async () => {
    // "I can't <i>imagine</i> why....<p><a href=…>https://assets.documentcloud.org/…</a>"
    const { container, findByText } = render(<RichText node={nodeOf(ALGOLIA, '14955323')} />);
    expect(container.querySelectorAll('.rich-text p')).toHaveLength(2);
    expect(container.querySelector('em')).toBeNull();
    expect(container).toHaveTextContent("Hmm. I can't imagine why....");

    expect((await findByText('imagine')).tagName).toBe('EM');
    expect(container.querySelectorAll('.rich-text p')).toHaveLength(2);
    expect(container.querySelector('a')).toHaveAttribute('href', 'https://assets.documentcloud.org/documents/3914586/Googles-Ideological-Echo-Chamber.pdf');
  });

  it('shows plain text threads without waiting for the HTML reader', () => {
    const sample = openFixture('hn-text_eggos-unikernel-thread.txt').nodes.find((node) => node.text.length > 0 && node.kind === 'comment')!;
    const { container } = render(<RichText node={sample} />);
    expect(container.querySelector('.rich-text')?.textContent?.length).toBeGreaterThan(0);
    expect(container.querySelector('.rich-text')).toHaveTextContent(sample.text.split('\n')[0]!.slice(0, 40));
  });
});
