import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed, expiring tokens for one room and one role:
 * `v1.<base64url(JSON {room, role, exp})>.<base64url(HMAC-SHA256(secret, "v1." + payload))>`,
 * `exp` in seconds since the epoch. Nothing in a token names a person.
 */

export type Role = 'facilitator' | 'participant';
export const ROLES: readonly Role[] = ['facilitator', 'participant'];
export const ROOM_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** The longest a token may last: a week. */
export const MAX_HOURS = 24 * 7;

export interface TokenClaims {
  room: string;
  role: Role;
  exp: number;
}

function sign(secret: string, body: string): string {
  return createHmac('sha256', secret).update(body).digest('base64url');
}

export function mintToken(secret: string, room: string, role: Role, hours = 12, now = Date.now()): string {
  if (!ROOM_PATTERN.test(room)) throw new Error('A room is 1 to 64 letters, digits, "-" or "_".');
  if (!ROLES.includes(role)) throw new Error('A role is "facilitator" or "participant".');
  if (!(hours > 0 && hours <= MAX_HOURS)) throw new Error(`Hours must be more than 0 and at most ${MAX_HOURS}.`);
  return mintTokenUntil(secret, room, role, Math.floor(now / 1000 + hours * 3600));
}

/** A token that expires at `exp` (seconds since the epoch). */
export function mintTokenUntil(secret: string, room: string, role: Role, exp: number): string {
  if (!ROOM_PATTERN.test(room)) throw new Error('A room is 1 to 64 letters, digits, "-" or "_".');
  const payload = Buffer.from(JSON.stringify({ room, role, exp })).toString('base64url');
  return `v1.${payload}.${sign(secret, `v1.${payload}`)}`;
}

/** The claims of a token signed with `secret` and not yet expired; undefined otherwise. */
export function verifyToken(secret: string, token: unknown, now = Date.now()): TokenClaims | undefined {
  if (typeof token !== 'string' || token.length > 1024) return undefined;
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== 'v1') return undefined;
  const [, payload, signature] = parts as [string, string, string];
  const expected = Buffer.from(sign(secret, `v1.${payload}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof claims !== 'object' || claims === null) return undefined;
  const { room, role, exp } = claims as Record<string, unknown>;
  if (typeof room !== 'string' || !ROOM_PATTERN.test(room)) return undefined;
  if (role !== 'facilitator' && role !== 'participant') return undefined;
  if (typeof exp !== 'number' || exp * 1000 <= now) return undefined;
  return { room, role, exp };
}

/** Who a connection is: what its token says, and (for a participant) the name and device key it sent. */
export interface Who {
  room: string;
  role: Role;
  exp: number;
  name: string | null;
  key: string | null;
}

/**
 * Reads what a provider sends as its token: the JSON string
 * `{"token": "<signed>", "name": "...", "key": "..."}`, or the signed token alone.
 */
export function readCredentials(secret: string, sent: unknown, now = Date.now()): Who | undefined {
  let token: unknown = sent;
  let name: unknown = null;
  let key: unknown = null;
  if (typeof sent === 'string' && sent.startsWith('{')) {
    try {
      const parsed = JSON.parse(sent) as Record<string, unknown>;
      token = parsed.token;
      name = parsed.name ?? null;
      key = parsed.key ?? null;
    } catch {
      return undefined;
    }
  }
  const claims = verifyToken(secret, token, now);
  if (!claims) return undefined;
  const validName = typeof name === 'string' && name.trim().length > 0 && name.length <= 80 ? name : null;
  const validKey = typeof key === 'string' && key.length >= 16 && key.length <= 128 ? key : null;
  return { ...claims, name: validName, key: validKey };
}
