import {
  isUnkeyable,
  liveSessionPart,
  requiredText,
  validate,
  type LiveSession,
  type LiveSessionModule,
  type SessionRole,
  type SessionStatus,
  type SharedDocumentHandle,
} from '@coproduce/core';
import * as z from 'zod/mini';

/**
 * What `<coproduction-project>` needs of a live session before the session's
 * own chunk (Yjs and the connection) arrives: the attributes checked, the
 * token read, who this device is, and a stand-in session that elements can
 * join at once (their `join` waits for the chunk).
 */

type LiveRoom = ReturnType<LiveSessionModule['openLiveSession']>;
type LiveIdentity = LiveRoom extends { identify(identity: infer I): void } ? I : never;

/** A room: the part of a shared document's name before the element's key. */
export const ROOM_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const TOKEN_PATTERN = /^v1\.([A-Za-z0-9_-]+)\.[A-Za-z0-9_-]+$/;

export const serverSchema = () =>
  z.string().check(z.regex(/^wss?:\/\/[^\s/?#]+(?:\/[^\s#]*)?$/), z.refine(isWebSocketAddress));
export const roomSchema = () => z.string().check(z.regex(ROOM_PATTERN));
/**
 * A name a participant writes for themself: as the elements' own (core's
 * participantNameSchema: at most 60 characters, one a record can keep), not
 * imported, since that module is in the chunk only the document elements fetch.
 */
export const nameSchema = () =>
  requiredText(60).check(z.refine((name) => !isUnkeyable(name), { message: 'This name cannot be kept' }));
export const tokenSchema = () => z.string().check(z.regex(TOKEN_PATTERN));
const payloadSchema = () =>
  z.object({
    room: z.string().check(z.regex(ROOM_PATTERN)),
    role: z.enum(['facilitator', 'participant']),
    exp: z.number(),
  });

function isWebSocketAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'wss:' || url.protocol === 'ws:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** What a token says about itself (its payload is readable without the secret; the server checks the signature). */
export interface TokenPayload {
  room: string;
  role: SessionRole;
  /** Seconds since 1970. */
  exp: number;
}

export function readToken(token: string): TokenPayload | undefined {
  const payload = TOKEN_PATTERN.exec(token)?.[1];
  if (!payload) return undefined;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const text = new TextDecoder().decode(Uint8Array.from(json, (char) => char.charCodeAt(0)));
    const read = validate(payloadSchema(), JSON.parse(text));
    return read.success ? read.data : undefined;
  } catch {
    return undefined;
  }
}

export const expired = (payload: TokenPayload, now = Date.now()) => payload.exp * 1000 <= now;

/** Where a participant's join link keeps its token on this device, so a reload still works. */
const joinKey = (room: string) => `coproduce:live:${room}:join`;
const identityKey = (room: string, role: SessionRole) => `coproduce:live:${room}:${role}`;

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function readStored(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function writeStored(key: string, value: string | null): void {
  try {
    if (value === null) storage()?.removeItem(key);
    else storage()?.setItem(key, value);
  } catch {
    // Storage blocked or full: the session still works for this visit.
  }
}

/**
 * A token in the page's address (`#join=<token>`, a participant's join link):
 * taken out of the address bar at once, so it is not bookmarked, shared by
 * accident or left in the history, and kept on the device for its room.
 */
export function takeJoinToken(): string | null {
  const location = globalThis.location;
  const match = /(?:^#|&)join=([A-Za-z0-9._-]+)/.exec(location?.hash ?? '');
  if (!match) return null;
  const token = match[1]!;
  try {
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  } catch {
    // A sandboxed page: the address keeps the link, which still works.
  }
  const payload = readToken(token);
  if (payload) writeStored(joinKey(payload.room), token);
  return token;
}

/** The join link's token kept for this room, unless it has expired. */
export function storedJoinToken(room: string): string | null {
  const token = readStored(joinKey(room));
  const payload = token ? readToken(token) : undefined;
  if (!token || !payload || payload.room !== room || expired(payload)) return null;
  return token;
}

export function forgetJoinToken(room: string): void {
  writeStored(joinKey(room), null);
}

/** A random 128-bit base64url string. */
export function randomKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** Who this device is in a room, per role (a facilitator testing the join link on their own laptop is another person). */
export function readIdentity(room: string, role: SessionRole): LiveIdentity {
  const schema = z.object({ person: z.string(), key: z.string(), name: z.nullable(z.string()) });
  let stored: { person: string; key: string; name: string | null } | undefined;
  try {
    const read = validate(schema, JSON.parse(readStored(identityKey(room, role)) ?? 'null'));
    if (read.success) stored = read.data;
  } catch {
    stored = undefined;
  }
  if (!stored) {
    stored = { person: randomKey(), key: randomKey(), name: null };
    writeStored(identityKey(room, role), JSON.stringify(stored));
  }
  return role === 'participant' ? stored : { person: stored.person, key: null, name: null };
}

export function saveName(room: string, identity: LiveIdentity, name: string): LiveIdentity {
  const next = { person: identity.person, key: identity.key ?? randomKey(), name };
  writeStored(identityKey(room, 'participant'), JSON.stringify(next));
  return next;
}

/** A token in this page's address (`#join=…`), read once for every project on the page. */
let pageJoinToken: string | null | undefined;

type Problem = { key: 'error.server' | 'error.room' | 'error.token'; cause: unknown };

/** The session a project's attributes ask for, or what is wrong with them. */
export function sessionSettings(attributes: {
  server: string;
  room: string | undefined;
  token: string | undefined;
}): SessionSettings | { problem: Problem } {
  const { room } = attributes;
  const server = validate(serverSchema(), attributes.server);
  if (!server.success) return { problem: { key: 'error.server', cause: server.error } };
  if (room !== undefined && room !== null) {
    const checked = validate(roomSchema(), room);
    if (!checked.success) return { problem: { key: 'error.room', cause: checked.error } };
  }
  pageJoinToken ??= takeJoinToken();
  const fromLink = pageJoinToken ? readToken(pageJoinToken) : undefined;
  // A join link opens its own room; a page with a `room` of its own takes only a link for that room.
  const linkFits = fromLink && (!room || fromLink.room === room);
  const token = (linkFits ? pageJoinToken : null) ?? attributes.token ?? (room ? storedJoinToken(room) : null);
  const checked = validate(tokenSchema(), token);
  const payload = checked.success ? readToken(checked.data) : undefined;
  if (!checked.success || !payload)
    return { problem: { key: 'error.token', cause: checked.success ? 'unreadable token payload' : checked.error } };
  return {
    server: server.data,
    room: room || payload.room,
    token: checked.data,
    role: payload.role,
    ...(expired(payload) ? { refused: 'expired' } : {}),
  };
}

export interface SessionSettings {
  server: string;
  room: string;
  token: string;
  role: SessionRole;
  /** Set when the device knows already that the server will refuse (an expired link). */
  refused?: string;
}

/**
 * The session `<coproduction-project>` shares with the elements inside it,
 * there at once: the chunk with the connection comes after, and `join`
 * waits for it. If the chunk cannot be fetched the status says offline
 * (what is changed meanwhile stays in the elements) and it is asked for again.
 */
export class ProjectSession implements LiveSession {
  readonly role: SessionRole;
  private identity: LiveIdentity;
  private current: SessionStatus = { state: 'connecting' };
  private readonly listeners = new Set<(status: SessionStatus) => void>();
  private readonly nameListeners = new Set<(names: readonly string[]) => void>();
  private room: LiveRoom | null = null;
  private stopped = false;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private arrived!: (room: LiveRoom) => void;
  private readonly ready = new Promise<LiveRoom>((resolve) => (this.arrived = resolve));

  constructor(readonly settings: SessionSettings) {
    this.role = settings.role;
    this.identity = readIdentity(settings.room, settings.role);
    if (settings.refused) this.current = { state: 'refused', reason: settings.refused };
    this.load();
  }

  get name(): string | null {
    return this.identity.name;
  }

  get status(): SessionStatus {
    return this.current;
  }

  /** The names the group chose, once a joined document has them. */
  get names(): readonly string[] {
    return this.room?.names ?? [];
  }

  watch(listener: (status: SessionStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  watchNames(listener: (names: readonly string[]) => void): () => void {
    this.nameListeners.add(listener);
    return () => this.nameListeners.delete(listener);
  }

  async join(key: string): Promise<SharedDocumentHandle> {
    return (await this.ready).join(key);
  }

  /** The server's clock, as the connection knows it (this device's until the connection's chunk is here). */
  now(): number {
    return this.room?.now() ?? Date.now();
  }

  /**
   * A participant token for this room, for the join link: asked of the
   * server (`POST /participant-token`) with the facilitator's own token as proof.
   */
  async participantToken(): Promise<string> {
    const address = new URL(this.settings.server);
    address.protocol = address.protocol === 'wss:' ? 'https:' : 'http:';
    address.pathname = `${address.pathname.replace(/\/$/, '')}/participant-token`;
    const response = await fetch(address, {
      method: 'POST',
      headers: { Authorization: `Bearer ${this.settings.token}` },
    });
    const token = validate(tokenSchema(), ((await response.json()) as { token?: unknown }).token);
    if (!response.ok || !token.success) throw new Error(`participant-token: ${response.status}`);
    return token.data;
  }

  /** A participant picked their name: kept on the device and sent from now on. */
  chooseName(name: string): void {
    this.identity = saveName(this.settings.room, this.identity, name);
    this.room?.identify(this.identity);
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.retry);
    this.room?.close();
    this.listeners.clear();
    this.nameListeners.clear();
  }

  private load(): void {
    liveSessionPart.fetch().then(
      (module) => {
        if (this.stopped) return;
        const room = module.openLiveSession({
          server: this.settings.server,
          room: this.settings.room,
          token: this.settings.token,
          role: this.role,
          identity: this.identity,
          ...(this.settings.refused ? { refused: this.settings.refused } : {}),
        });
        this.room = room;
        room.watch((status) => this.set(status));
        room.watchNames((names) => {
          for (const listener of [...this.nameListeners]) listener(names);
        });
        this.set(room.status);
        this.arrived(room);
      },
      () => {
        if (this.stopped) return;
        if (this.current.state !== 'refused') this.set({ state: 'offline' });
        this.retry = setTimeout(() => this.load(), 5000);
      },
    );
  }

  private set(status: SessionStatus): void {
    this.current = status;
    for (const listener of [...this.listeners]) listener(status);
  }
}
