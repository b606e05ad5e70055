import { describe, expect, it } from 'vitest';
import { attributionOf } from './attribution';

describe('attributionOf', () => {
  it('reads the author from e-mail and forum attribution lines', () => {
    expect(attributionOf('Alice Chen wrote:')).toEqual({ author: 'Alice Chen', kind: 'wrote' });
    expect(attributionOf('On Tue, 3 Mar 2026 at 10:14, Bob Okafor <bob.okafor@example.org> wrote:')).toEqual({ author: 'Bob Okafor', kind: 'wrote' });
    expect(attributionOf('On 3/3/26 10:14 AM, <bob@example.org> wrote:')).toEqual({ author: 'bob@example.org', kind: 'wrote' });
    expect(attributionOf('Carol Diaz said:')).toEqual({ author: 'Carol Diaz', kind: 'wrote' });
    expect(attributionOf('Quoting Dan Ito:')).toEqual({ author: 'Dan Ito', kind: 'wrote' });
    expect(attributionOf('"Eve" writes:')).toEqual({ author: 'Eve', kind: 'wrote' });
  });

  it("reads the header line a comment page puts above each comment", () => {
    expect(attributionOf('pg 3 hours ago | parent | next [–]')).toEqual({ author: 'pg', kind: 'header' });
    expect(attributionOf('dmon on Feb 25, 2007 | prev | next [–]')).toEqual({ author: 'dmon', kind: 'header' });
    expect(attributionOf('user@mastodon.social 2 days ago')).toEqual({ author: 'user@mastodon.social', kind: 'header' });
    expect(attributionOf('u/spez · 5 hr. ago')).toEqual({ author: 'spez', kind: 'header' });
  });

  it('names nobody in sentences that only end like an attribution', () => {
    for (const line of ['He said:', 'I wrote:', 'The article says:', 'Someone wrote:', 'This is what the documentation says, more or less. It also said:', 'Wrote:', 'As my teacher once said: study.', 'Note: the build is slow.', 'In my experience, Alice said:', 'On the other hand, it said:']) {
      expect(attributionOf(line), line).toBeNull();
    }
    expect(attributionOf(`${'word '.repeat(60)}said:`)).toBeNull();
  });
});
