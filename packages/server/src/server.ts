import { createHash, randomUUID } from 'node:crypto';
import { Redis } from '@hocuspocus/extension-redis';
import { type Document, type Extension, Server } from '@hocuspocus/server';
import * as Y from 'yjs';
import type { Json } from '../../core/src/sync/patches.js';
import { rootOf } from '../../core/src/sync/shared-doc.js';
import type { ServerConfig } from './config.js';
import { Buckets } from './buckets.js';
import { addressOf, handleRequest } from './http.js';
import { log, shortHash } from './log.js';
import { shapeBroken } from './record-shape.js';
import { type Rule, ruleBroken } from './rules.js';
import { isValidRecord } from './schemas.js';
import { JournalledSQLite } from './storage.js';
import { readCredentials, type Who } from './tokens.js';

/** A refused token or change. Its reason is a rule's name: it reaches the client and holds no personal data. */
export class Refusal extends Error {
  constructor(readonly reason: string) {
    // No message, so Hocuspocus does not print it as an error: the server logs its own line instead.
    super('');
  }
}

interface Context {
  who?: Who;
}

/** The most one device may say about itself to the others in a room (its presence, not the record). */
const MAX_AWARENESS_BYTES = 2048;

/** The transaction origin of the server's own writes (claims on names). */
export const SERVER_ORIGIN = { source: 'coproduce-server' } as const;

function roomOf(documentName: string): string {
  return documentName.slice(0, documentName.indexOf('/'));
}

function keyHash(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export interface CoproduceServer {
  server: Server<Context>;
  listen(): Promise<void>;
  destroy(): Promise<void>;
}

export function createCoproduceServer(config: ServerConfig): CoproduceServer {
  const instance = randomUUID();
  const storage = new JournalledSQLite(config.database, instance);
  const messages = new Buckets(config.messagesPerSecond);
  /** Join codes looked up per address: enough for a room on one wifi, far too few to guess codes. */
  const lookups = new Buckets(config.joinLookupsPerMinute / 60, config.joinLookupsPerMinute);
  const openByAddress = new Map<string, number>();
  /**
   * A second copy of each loaded room, kept in step with it, to try a change on
   * before the room takes it. It also holds changes already accepted that the
   * room has not applied yet, so two changes checked back to back are each
   * judged on their own. Rebuilt from the room after a refusal.
   */
  interface Shadow {
    doc: Y.Doc;
    /** About the size of the room encoded (at least it, give or take): exact only when near the limit. */
    bytes: number;
    version: number;
    json: { version: number; value: Json } | null;
  }
  const shadows = new WeakMap<Y.Doc, Shadow>();

  function freshShadow(document: Y.Doc): Shadow {
    const state = Y.encodeStateAsUpdate(document);
    const doc = new Y.Doc({ gc: document.gc });
    Y.applyUpdate(doc, state);
    const shadow: Shadow = { doc, bytes: state.byteLength, version: 0, json: null };
    doc.on('update', (update: Uint8Array) => {
      shadow.version += 1;
      shadow.bytes += update.byteLength;
    });
    return shadow;
  }

  function shadowOf(document: Y.Doc): Shadow {
    let shadow = shadows.get(document);
    if (!shadow) {
      shadow = freshShadow(document);
      shadows.set(document, shadow);
      document.on('update', (update: Uint8Array) => {
        const current = shadows.get(document);
        if (current) Y.applyUpdate(current.doc, update);
      });
      document.on('destroy', () => {
        shadows.get(document)?.doc.destroy();
        shadows.delete(document);
      });
    }
    return shadow;
  }

  function jsonOf(shadow: Shadow): Json {
    if (shadow.json?.version !== shadow.version) {
      shadow.json = { version: shadow.version, value: rootOf(shadow.doc).toJSON() as Json };
    }
    return shadow.json.value;
  }

  const pending = (doc: Y.Doc) => doc.store.pendingStructs !== null || doc.store.pendingDs !== null;

  /** Whether a root map's record passes its element's schema (undefined: not started, or a format not known here). */
  const validities = new WeakMap<Y.Doc, { json: Json; valid: boolean | undefined }>();
  function validity(root: Json, document?: Y.Doc): boolean | undefined {
    const cached = document ? validities.get(document) : undefined;
    if (cached && cached.json === root) return cached.valid;
    const { format, version, data } = (root ?? {}) as { format?: unknown; version?: unknown; data?: unknown };
    const valid = data === undefined ? undefined : isValidRecord(format, version, data);
    if (document) validities.set(document, { json: root, valid });
    return valid;
  }

  function refuse(documentName: string, who: Who | undefined, rule: Rule): never {
    log('change-refused', { room: shortHash(roomOf(documentName)), role: who?.role ?? null, rule });
    throw new Refusal(rule);
  }

  /** Checks one incoming change against the rules; writes the claim on a participant's name with their first change. */
  function check(document: Document, documentName: string, who: Who | undefined, update: Uint8Array): void {
    if (!who) refuse(documentName, who, 'facilitators-only');
    const shadow = shadowOf(document);
    const before = jsonOf(shadow);
    const pendingBefore = pending(shadow.doc);
    try {
      try {
        Y.applyUpdate(shadow.doc, update);
      } catch {
        refuse(documentName, who, 'unreadable-change');
      }
      if (!pendingBefore && pending(shadow.doc)) refuse(documentName, who, 'incomplete-change');
      // Before anything else: a change that reads the same as JSON can still grow the room or break its shape.
      if (shadow.bytes > config.maxDocumentBytes) {
        shadow.bytes = Y.encodeStateAsUpdate(shadow.doc).byteLength;
        if (shadow.bytes > config.maxDocumentBytes) refuse(documentName, who, 'document-too-large');
      }
      const broken = shapeBroken(shadow.doc);
      if (broken) refuse(documentName, who, broken);
      const after = jsonOf(shadow);
      const { rule, patches } = ruleBroken(before, after, who);
      if (rule) refuse(documentName, who, rule);
      if (patches.length === 0) return;
      // A change that would make a good record fail its element's schema would leave every screen stuck.
      if (validity(after) === false && validity(before, document) !== false) {
        refuse(documentName, who, 'not-a-valid-record');
      }
      if (who.role === 'participant') claimName(document, documentName, who, before);
    } catch (error) {
      // The change stays out: start the copy again from the room as it is.
      shadow.doc.destroy();
      shadows.set(document, freshShadow(document));
      throw error;
    }
  }

  function claimName(document: Document, documentName: string, who: Who, before: Json): void {
    if (who.name === null || who.key === null) refuse(documentName, who, 'pick-a-name-first');
    const claims = (before as { claims?: Record<string, unknown> }).claims ?? {};
    const hash = keyHash(who.key);
    const holder = claims[who.name];
    if (holder === hash) return;
    if (holder !== undefined) refuse(documentName, who, 'name-held-by-another-device');
    document.transact(() => {
      const root = rootOf(document);
      let map = root.get('claims');
      // Never replaced: a claims entry of any other kind is refused as a change (record-shape.ts), so it is not there.
      if (map === undefined) {
        map = new Y.Map<string>();
        root.set('claims', map);
      }
      if (!(map instanceof Y.Map)) refuse(documentName, who, 'plain-value-in-record');
      (map as Y.Map<string>).set(who.name!, hash);
    }, SERVER_ORIGIN);
  }

  const rules: Extension = {
    async onUpgrade({ request, socket }) {
      const address = addressOf(request);
      const open = openByAddress.get(address) ?? 0;
      if (open >= config.connectionsPerAddress) {
        log('rate-limited', { limit: 'connections-per-address' });
        socket.write('HTTP/1.1 429 Too Many Requests\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
        socket.destroy();
        throw null;
      }
      openByAddress.set(address, open + 1);
      socket.once('close', () => {
        const left = (openByAddress.get(address) ?? 1) - 1;
        if (left <= 0) openByAddress.delete(address);
        else openByAddress.set(address, left);
      });
    },

    async onRequest({ request, response }) {
      await handleRequest(config, request, response, { codes: storage.codes, lookups });
      throw null;
    },

    async onAuthenticate({ token, documentName }) {
      const who = readCredentials(config.secret, token);
      if (!who) {
        log('token-refused', { reason: 'invalid-or-expired' });
        throw new Refusal('invalid-or-expired-token');
      }
      if (!documentName.startsWith(`${who.room}/`) || documentName.length <= who.room.length + 1) {
        log('token-refused', { reason: 'other-room' });
        throw new Refusal('token-for-another-room');
      }
      return { who };
    },

    /** A participant who picks a name sends a new token with it; it must be for the same room and role. */
    async onTokenSync({ token, context, documentName }) {
      const who = (context as Context).who;
      const next = readCredentials(config.secret, token);
      if (!who || !next || next.role !== who.role) {
        log('token-refused', { reason: 'invalid-or-expired' });
        throw new Refusal('invalid-or-expired-token');
      }
      if (next.room !== who.room || !documentName.startsWith(`${next.room}/`)) {
        log('token-refused', { reason: 'other-room' });
        throw new Refusal('token-for-another-room');
      }
      Object.assign(who, next);
    },

    async connected({ documentName, context }) {
      log('connection-opened', { room: shortHash(roomOf(documentName)), role: (context as Context).who?.role ?? null });
    },

    async onDisconnect({ documentName, context, socketId }) {
      messages.forget(socketId);
      log('connection-closed', { room: shortHash(roomOf(documentName)), role: (context as Context).who?.role ?? null });
    },

    async beforeHandleMessage({ socketId, documentName, context }) {
      if (!messages.take(socketId)) {
        log('rate-limited', {
          limit: 'messages-per-second',
          room: shortHash(roomOf(documentName)),
          role: (context as Context).who?.role ?? null,
        });
        throw new Refusal('rate-limited');
      }
    },

    /** Who is here travels between devices but is never kept: a few small fields per device, nothing more. */
    async beforeHandleAwareness({ states }) {
      for (const [clientId, state] of states) {
        if (JSON.stringify(state ?? null).length > MAX_AWARENESS_BYTES) states.delete(clientId);
      }
    },

    async beforeSync({ type, payload, document, documentName, context }) {
      // 0 asks for what the client lacks; 1 (the answer, sent on every join) and 2 (a change) may change the room.
      if (type !== 1 && type !== 2) return;
      check(document, documentName, (context as Context).who, payload);
    },

    async onListen({ port }) {
      log('started', { port, host: config.host, redis: config.redisUrl !== null });
    },

    async onDestroy() {
      log('stopped');
    },
  };

  const extensions: Extension[] = [rules];
  if (config.redisUrl) {
    const url = new URL(config.redisUrl);
    extensions.push(
      new Redis({
        host: url.hostname,
        port: Number(url.port || 6379),
        identifier: instance,
        options: {
          ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
          ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
          ...(url.pathname.length > 1 ? { db: Number(url.pathname.slice(1)) } : {}),
          ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
        },
      }),
    );
  }
  // After Redis, whose lock lets one instance at a time write a room.
  extensions.push(storage);

  const server = new Server<Context>({
    name: 'coproduce',
    port: config.port,
    address: config.host,
    quiet: true,
    debounce: config.storeDebounceMs,
    maxDebounce: config.storeMaxDebounceMs,
    websocketOptions: { maxPayload: config.maxDocumentBytes + 64 * 1024 },
    extensions,
  });

  return {
    server,
    listen: async () => {
      await server.listen();
    },
    destroy: () => server.destroy(),
  };
}
