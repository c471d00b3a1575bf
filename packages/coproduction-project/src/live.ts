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
/** The last join link opened on this page, for a page that names no room (its room comes from the link). */
const pageJoinKey = () => `coproduce:live:page:${globalThis.location?.pathname ?? ''}:join`;

/** Keeps a join link's token on the device: for its room, and as this page's last one. */
function keepJoinToken(room: string, token: string): void {
  writeStored(joinKey(room), token);
  writeStored(pageJoinKey(), token);
}
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

/** A short code in a join link (`#join=K7RM-Q2XD`): the server gives the token it stands for. */
const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]{3,19}$/;

/** Takes the join link's value out of the address bar (so it is not bookmarked, shared by accident or kept in the history). */
function clearAddress(): void {
  const location = globalThis.location;
  try {
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  } catch {
    // A sandboxed page: the address keeps the link, which still works.
  }
}

/** What `#join=…` in the page's address holds, if anything. */
function readJoinLink(): string | null {
  return /(?:^#|&)join=([A-Za-z0-9._-]+)/.exec(globalThis.location?.hash ?? '')?.[1] ?? null;
}

/**
 * A token in the page's address (`#join=<token>`, a participant's join link):
 * taken out of the address bar at once and kept on the device for its room,
 * so a reload still works.
 */
export function takeJoinToken(): string | null {
  const token = readJoinLink();
  if (!token) return null;
  clearAddress();
  const payload = readToken(token);
  if (payload) keepJoinToken(payload.room, token);
  return token;
}

/** The join link's token kept for this room, unless it has expired. */
/** The join link's token kept for `room` (or, with no room, this page's last one), while it lasts. */
export function storedJoinToken(room: string | null | undefined): string | null {
  const token = readStored(room ? joinKey(room) : pageJoinKey());
  const payload = token ? readToken(token) : undefined;
  if (!token || !payload || (room && payload.room !== room) || expired(payload)) return null;
  return token;
}

export function forgetJoinToken(room: string): void {
  writeStored(joinKey(room), null);
  if (readToken(readStored(pageJoinKey()) ?? '')?.room === room) writeStored(pageJoinKey(), null);
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
let pageJoinToken: string | null = null;

/**
 * A join link with a short code (`#join=K7RM-Q2XD`), while its token is asked
 * of the server: `asking`, `offline` (the server could not be reached: asked
 * again a little later) or `unknown` (no such code, or it has expired).
 */
export interface JoinCodeLink {
  code: string;
  server: string;
  state: 'asking' | 'offline' | 'unknown';
}
let pageJoinCode: JoinCodeLink | null = null;
let asking: Promise<void> | null = null;

/** The http(s) address of a path on the live session's server (`wss://host/x` → `https://host/x/<path>`). */
function serverAddress(server: string, path: string): URL {
  const address = new URL(server);
  address.protocol = address.protocol === 'wss:' ? 'https:' : 'http:';
  address.pathname = `${address.pathname.replace(/\/$/, '')}/${path}`;
  return address;
}

/**
 * Asks the server which token a join link's code stands for (`GET /join/<code>`).
 * Found, the link goes on as a `#join=<token>` link does; unknown or expired,
 * it says so; unreachable, it is `offline` until `askAgain`. Every project on
 * the page shares the one question.
 */
export function lookUpJoinCode(link: JoinCodeLink): Promise<void> {
  asking ??= (async () => {
    let state: JoinCodeLink['state'] = 'offline';
    try {
      const response = await fetch(serverAddress(link.server, `join/${encodeURIComponent(link.code)}`));
      if (response.ok) {
        const token = validate(tokenSchema(), ((await response.json()) as { token?: unknown }).token);
        const payload = token.success ? readToken(token.data) : undefined;
        if (token.success && payload?.role === 'participant') {
          clearAddress();
          keepJoinToken(payload.room, token.data);
          pageJoinToken = token.data;
          pageJoinCode = null;
          return;
        }
        state = 'unknown';
      } else if (response.status === 404) {
        state = 'unknown';
      }
    } catch {
      state = 'offline';
    }
    if (pageJoinCode?.code === link.code) pageJoinCode = { ...pageJoinCode, state };
  })().finally(() => {
    asking = null;
  });
  return asking;
}

/** A join link's code the server could not be asked about: ask again. */
export function askAgain(code: string): void {
  if (pageJoinCode?.code === code && pageJoinCode.state === 'offline')
    pageJoinCode = { ...pageJoinCode, state: 'asking' };
}

type Problem = { key: 'error.server' | 'error.room' | 'error.token'; cause: unknown };

/** The session a project's attributes ask for, or what is wrong with them. */
export function sessionSettings(attributes: {
  server: string;
  room: string | undefined;
  token: string | undefined;
}): SessionSettings | { problem: Problem } | { link: JoinCodeLink } {
  const { room } = attributes;
  const server = validate(serverSchema(), attributes.server);
  if (!server.success) return { problem: { key: 'error.server', cause: server.error } };
  if (room !== undefined && room !== null) {
    const checked = validate(roomSchema(), room);
    if (!checked.success) return { problem: { key: 'error.room', cause: checked.error } };
  }
  // A new link in the address (the page was opened with one, or went to one) takes over from any before.
  const inAddress = readJoinLink();
  if (inAddress && CODE_PATTERN.test(inAddress)) {
    // The code stays in the address until it is known to work, so a reload meanwhile still has it.
    if (pageJoinCode?.code !== inAddress) pageJoinCode = { code: inAddress, server: server.data, state: 'asking' };
    pageJoinToken = null;
  } else {
    // A code is followed while it is in the address (where an unknown one stays: it opens nothing).
    pageJoinCode = null;
    if (inAddress) pageJoinToken = takeJoinToken();
  }
  if (pageJoinCode) return { link: pageJoinCode };
  const fromLink = pageJoinToken ? readToken(pageJoinToken) : undefined;
  // A join link opens its own room; a page with a `room` of its own takes only a link for that room.
  const linkFits = fromLink && (!room || fromLink.room === room);
  // A device that came in by a join link stays a participant: the page's own token (the facilitator's,
  // when the link leads to the facilitator's page) is not theirs, on a reload or later.
  const token = (linkFits ? pageJoinToken : null) ?? storedJoinToken(room) ?? attributes.token;
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
   * What the join link carries after `#join=`: the short code of a
   * participant token for this room, asked of the server (`POST
   * /participant-token`) with the facilitator's own token as proof; or the
   * token itself, from a server that makes no codes.
   */
  async joinCode(): Promise<string> {
    const response = await fetch(serverAddress(this.settings.server, 'participant-token'), {
      method: 'POST',
      headers: { Authorization: `Bearer ${this.settings.token}` },
    });
    const answer = (await response.json()) as { token?: unknown; code?: unknown };
    const token = validate(tokenSchema(), answer.token);
    if (!response.ok || !token.success) throw new Error(`participant-token: ${response.status}`);
    return typeof answer.code === 'string' && CODE_PATTERN.test(answer.code) ? answer.code : token.data;
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
