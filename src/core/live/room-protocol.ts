import { z } from '../zod-without-eval';
import type { RoomMode } from './shared-map';

/**
 * What a client and the sync server say to each other besides Yjs: the room id, the secrets, the
 * token a client authenticates with, and the owner's commands. A room id and a key are 16 random
 * bytes each (128 bits) in base64url: unguessable, and safe in a URL and a file name.
 */

/** A room id or a key as the server accepts it: base64url of at least 16 bytes. */
export const ROOM_SECRET = /^[\w-]{22,86}$/;

/** 16 random bytes from the platform's cryptographic generator, as base64url. */
export function randomSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  // 16 bytes are 24 base64 characters, the last two padding.
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replaceAll('=', '');
}

/** A new room: its id, the key every participant needs, and the owner's token (kept by the owner only). */
export function newRoom(): { room: string; key: string; ownerToken: string } {
  return { room: randomSecret(), key: randomSecret(), ownerToken: randomSecret() };
}

/** What a client sends to authenticate: the room key; the owner's token; at creation, the room's mode. */
export const roomTokenSchema = z.strictObject({
  key: z.string().regex(ROOM_SECRET),
  owner: z.string().regex(ROOM_SECRET).optional(),
  create: z.strictObject({ mode: z.enum(['shared', 'coders']) }).optional(),
});

export type RoomToken = z.infer<typeof roomTokenSchema>;

/** The owner's commands, sent as Hocuspocus stateless messages; the server checks the owner token. */
export const roomCommandSchema = z.strictObject({ command: z.enum(['lock', 'unlock', 'reveal', 'close']) });

export type RoomCommand = z.infer<typeof roomCommandSchema>['command'];

/** The room's state, sent by the server as a stateless message on joining and after every change. */
export const roomStateMessageSchema = z.object({
  room: z.object({ mode: z.enum(['shared', 'coders']), locked: z.boolean(), revealed: z.boolean(), closed: z.boolean() }),
});

/** Why the server refused a connection or a message (Hocuspocus sends the reason to the client). */
export const REFUSALS = {
  badToken: 'The room link is incomplete or damaged.',
  unknownRoom: 'There is no such room on this server (it may have been closed).',
  wrongKey: 'The key in this room link is not the key of the room.',
  closed: 'The owner closed this room.',
} as const;

/**
 * The link a participant opens: the app's address with the room and key in the fragment, which
 * browsers never send to a server, so the key stays out of every server's access log.
 */
export function liveLink(appUrl: string, room: string, key: string): string {
  const url = new URL(appUrl);
  url.hash = `live=${room}.${key}`;
  return url.toString();
}

/** The room and key of a live link, or null when the link holds none. */
export function parseLiveLink(link: string): { room: string; key: string } | null {
  let hash: string;
  try {
    hash = new URL(link).hash;
  } catch {
    return null;
  }
  const match = /^#live=([\w-]+)\.([\w-]+)$/.exec(hash);
  if (!match || !ROOM_SECRET.test(match[1]!) || !ROOM_SECRET.test(match[2]!)) return null;
  return { room: match[1]!, key: match[2]! };
}

export type { RoomMode };
