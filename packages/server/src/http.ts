import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Buckets } from './buckets.js';
import type { ServerConfig } from './config.js';
import { type JoinCodes, readCode, showCode } from './join-codes.js';
import { log, shortHash } from './log.js';
import {
  MAX_HOURS,
  mintToken,
  mintTokenUntil,
  ROLES,
  ROOM_PATTERN,
  readCredentials,
  type Role,
  verifyToken,
} from './tokens.js';

/**
 * The small HTTP side of the server:
 * - `POST /tokens` (Authorization: Bearer <admin key>) `{room, role, hours}` → `{token, expiresAt}`, for a host's backend;
 * - `POST /participant-token` (Authorization: Bearer <a facilitator token>) → a participant token for the same room,
 *   and a short code for it (the join link `#join=<code>`);
 * - `GET /join/<code>` → `{token, room}` while the code lasts, 404 otherwise; looked up at a limited rate per address;
 * - `GET /time` → `{now}` (ms), so every screen can follow the server's clock;
 * - `GET /health` → `{ok: true}`.
 */

const MAX_BODY = 4096;

/** What the HTTP side shares with the rest of the server. */
export interface HttpServices {
  /** Undefined until the database is open. */
  codes: JoinCodes | undefined;
  /** Join-code lookups per address. */
  lookups: Buckets;
}

function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

/** The address a connection comes from; behind a proxy on this machine, the one the proxy says. */
export function addressOf(request: IncomingMessage): string {
  const direct = request.socket.remoteAddress ?? 'unknown';
  const forwarded = request.headers['x-forwarded-for'];
  if (isLoopback(direct) && typeof forwarded === 'string' && forwarded.trim()) {
    return forwarded.split(',').at(-1)!.trim();
  }
  return direct;
}

type Headers = Record<string, string>;
const CORS: Headers = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type',
  'Access-Control-Max-Age': '600',
};

function send(response: ServerResponse, status: number, body: unknown, headers: Headers = {}): void {
  const text = body === null ? '' : JSON.stringify(body);
  response.writeHead(status, {
    ...(text ? { 'Content-Type': 'application/json; charset=utf-8' } : {}),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  response.end(text);
}

function bearer(request: IncomingMessage): string | null {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header.trim()) : null;
  return match ? match[1]! : null;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return undefined;
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return {};
  try {
    const value = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function expiresAt(token: string): number {
  const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as { exp: number };
  return payload.exp * 1000;
}

export async function handleRequest(
  config: ServerConfig,
  request: IncomingMessage,
  response: ServerResponse,
  services: HttpServices,
) {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  const method = request.method ?? 'GET';
  const joinCode = /^\/join\/([^/]*)$/.exec(path);
  const browserCalls = path === '/time' || path === '/participant-token' || path === '/health' || joinCode !== null;

  if (method === 'OPTIONS' && browserCalls) return send(response, 204, null, CORS);

  if (path === '/health' && method === 'GET') return send(response, 200, { ok: true }, CORS);
  if (path === '/time' && method === 'GET') return send(response, 200, { now: Date.now() }, CORS);

  if (path === '/tokens' && method === 'POST') {
    if (!config.adminKey) return send(response, 404, { error: 'Set COPRODUCE_ADMIN_KEY to turn this on.' });
    const given = bearer(request);
    if (!given || !sameSecret(given, config.adminKey)) {
      log('token-refused', { reason: 'admin-key' });
      return send(response, 401, { error: 'Send Authorization: Bearer <COPRODUCE_ADMIN_KEY>.' });
    }
    const body = await readJson(request);
    const room = body?.room;
    const role = body?.role;
    const hours = body?.hours ?? 12;
    if (typeof room !== 'string' || !ROOM_PATTERN.test(room)) {
      return send(response, 400, { error: 'room: 1 to 64 letters, digits, "-" or "_".' });
    }
    if (typeof role !== 'string' || !ROLES.includes(role as Role)) {
      return send(response, 400, { error: 'role: "facilitator" or "participant".' });
    }
    if (typeof hours !== 'number' || !(hours > 0 && hours <= MAX_HOURS)) {
      return send(response, 400, { error: `hours: more than 0, at most ${MAX_HOURS}.` });
    }
    const token = mintToken(config.secret, room, role as Role, hours);
    log('token-minted', { via: 'admin', role, room: shortHash(room) });
    return send(response, 200, { token, expiresAt: expiresAt(token) });
  }

  if (path === '/participant-token' && method === 'POST') {
    const who = readCredentials(config.secret, bearer(request) ?? '');
    if (who?.role !== 'facilitator') {
      log('token-refused', { reason: 'participant-link' });
      return send(response, 401, { error: 'Send Authorization: Bearer <a facilitator token>.' }, CORS);
    }
    // A join link lasts as long as the facilitator's own token.
    // The same facilitator token always gives the same participant token, so the same code.
    const token = mintTokenUntil(config.secret, who.room, 'participant', who.exp);
    if (!services.codes) return send(response, 503, { error: 'Starting: try again.' }, CORS);
    const code = showCode(services.codes.codeFor(token, who.exp * 1000));
    log('token-minted', { via: 'facilitator', role: 'participant', room: shortHash(who.room) });
    return send(response, 200, { token, code, expiresAt: who.exp * 1000 }, CORS);
  }

  if (joinCode && method === 'GET') {
    const address = addressOf(request);
    if (!services.lookups.take(address)) {
      log('rate-limited', { limit: 'join-lookups-per-minute' });
      const wait = String(services.lookups.wait(address));
      return send(response, 429, { error: 'Too many tries: wait a minute.' }, { ...CORS, 'Retry-After': wait });
    }
    if (!services.codes) return send(response, 503, { error: 'Starting: try again.' }, CORS);
    let typed = '';
    try {
      typed = decodeURIComponent(joinCode[1]!);
    } catch {
      typed = '';
    }
    const code = readCode(typed);
    const token = code ? services.codes.tokenFor(code) : undefined;
    // A code kept from before the secret changed opens nothing any more.
    const claims = token ? verifyToken(config.secret, token) : undefined;
    if (code && token && !claims) services.codes.forget(code);
    if (!token || claims?.role !== 'participant') {
      log('join-code', { found: false });
      return send(response, 404, { error: 'This link no longer works.' }, CORS);
    }
    log('join-code', { found: true, room: shortHash(claims.room) });
    return send(response, 200, { token, room: claims.room, expiresAt: claims.exp * 1000 }, CORS);
  }

  return send(response, 404, { error: 'Not found.' }, browserCalls ? CORS : {});
}
