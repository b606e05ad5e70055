import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';

/** A hand-driven connection speaking the Hocuspocus protocol, to send what no real client would. */
export interface RawClient {
  send(bytes: Uint8Array): void;
  /** Resolves with the close code and reason once the server closes the socket. */
  closed: Promise<{ code: number; reason: string }>;
}

const AUTH = 2;
const AUTHENTICATED = 2;

/** Hocuspocus message: the room name, the type, then the body the callback writes. */
export function message(room: string, type: number, body: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, room);
  encoding.writeVarUint(encoder, type);
  body(encoder);
  return encoding.toUint8Array(encoder);
}

/** A Yjs update as a sync message (type 0, step "update"). */
export function updateMessage(room: string, update: Uint8Array): Uint8Array {
  return message(room, 0, (encoder) => {
    encoding.writeVarUint(encoder, 2);
    encoding.writeVarUint8Array(encoder, update);
  });
}

/** Connects and authenticates with `token`; resolves once the server said yes. */
export function rawClient(url: string, room: string, token: string): Promise<RawClient> {
  const socket = new WebSocket(url);
  const closed = new Promise<{ code: number; reason: string }>((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: reason.toString('utf8') })));
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.once('open', () => {
      socket.send(
        message(room, AUTH, (encoder) => {
          encoding.writeVarUint(encoder, 0);
          encoding.writeVarString(encoder, token);
          encoding.writeVarString(encoder, 'threadmap-test');
        }),
      );
    });
    socket.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      decoding.readVarString(decoder);
      if (decoding.readVarUint(decoder) !== AUTH) return;
      if (decoding.readVarUint(decoder) !== AUTHENTICATED) return reject(new Error(`refused: ${decoding.readVarString(decoder)}`));
      resolve({ send: (bytes) => socket.send(bytes), closed });
    });
    void closed.then((close) => reject(new Error(`closed before authentication: ${close.code} ${close.reason}`)));
  });
}
