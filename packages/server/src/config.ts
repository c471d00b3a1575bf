/**
 * Everything the server needs, from environment variables, checked at start
 * so a mistake is named plainly instead of failing later.
 */
export interface ServerConfig {
  secret: string;
  port: number;
  host: string;
  database: string;
  redisUrl: string | null;
  /** For POST /tokens; without it that endpoint is off. */
  adminKey: string | null;
  maxDocumentBytes: number;
  /** Messages a second one connection may send, on average (bursts of twice that are fine). */
  messagesPerSecond: number;
  /** Open connections from one address (a whole meeting room on one wifi can share an address). */
  connectionsPerAddress: number;
  /** Join codes one address may look up a minute (all at once is fine): a room on one wifi, not someone guessing. */
  joinLookupsPerMinute: number;
  /** How long the server waits after a change before writing the room to the database, in ms. */
  storeDebounceMs: number;
  /** Never wait longer than this to write a changed room, in ms. */
  storeMaxDebounceMs: number;
}

export const ENVIRONMENT = {
  COPRODUCE_SECRET: 'signs tokens; at least 32 characters (required)',
  COPRODUCE_PORT: 'port to listen on (1234)',
  COPRODUCE_HOST: 'address to listen on (127.0.0.1: run it behind a reverse proxy)',
  COPRODUCE_DATABASE: 'SQLite file that keeps every room (./coproduce.sqlite)',
  COPRODUCE_REDIS_URL: 'redis://host:port, to run several servers behind a load balancer (off)',
  COPRODUCE_ADMIN_KEY: 'lets a backend call POST /tokens; at least 32 characters (off)',
  COPRODUCE_MAX_DOCUMENT_BYTES: 'largest a shared document may grow, in bytes (2097152)',
  COPRODUCE_MESSAGES_PER_SECOND: 'messages a second one connection may send (50)',
  COPRODUCE_CONNECTIONS_PER_ADDRESS: 'open connections from one address (200)',
  COPRODUCE_JOIN_LOOKUPS_PER_MINUTE: 'join links with a short code one address may open a minute (60)',
  COPRODUCE_STORE_DEBOUNCE_MS: 'wait after a change before writing it to the database (1000)',
  COPRODUCE_STORE_MAX_DEBOUNCE_MS: 'longest wait before writing a changed room (5000)',
} as const;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`coproduce-server cannot start:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

type Env = Record<string, string | undefined>;

function whole(
  env: Env,
  name: keyof typeof ENVIRONMENT,
  fallback: number,
  min: number,
  max: number,
  problems: string[],
) {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max} (it is "${raw}").`);
    return fallback;
  }
  return value;
}

export function readConfig(env: Env = process.env): ServerConfig {
  const problems: string[] = [];
  const secret = env.COPRODUCE_SECRET ?? '';
  if (secret.length < 32) {
    problems.push(
      `COPRODUCE_SECRET must be at least 32 characters (${secret ? `it has ${secret.length}` : 'it is not set'}). ` +
        'Make one with: node -e "console.log(crypto.randomBytes(32).toString(\'base64url\'))"',
    );
  }
  const adminKey = env.COPRODUCE_ADMIN_KEY?.trim() || null;
  if (adminKey !== null && adminKey.length < 32) problems.push('COPRODUCE_ADMIN_KEY must be at least 32 characters.');
  if (adminKey !== null && adminKey === secret)
    problems.push('COPRODUCE_ADMIN_KEY must not be the same as COPRODUCE_SECRET.');
  const redisUrl = env.COPRODUCE_REDIS_URL?.trim() || null;
  if (redisUrl !== null) {
    try {
      const url = new URL(redisUrl);
      if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw new Error();
    } catch {
      problems.push(`COPRODUCE_REDIS_URL must look like redis://127.0.0.1:6379 (it is "${redisUrl}").`);
    }
  }
  const host = env.COPRODUCE_HOST?.trim() || '127.0.0.1';
  const database = env.COPRODUCE_DATABASE?.trim() || './coproduce.sqlite';
  const config: ServerConfig = {
    secret,
    port: whole(env, 'COPRODUCE_PORT', 1234, 0, 65535, problems),
    host,
    database,
    redisUrl,
    adminKey,
    maxDocumentBytes: whole(env, 'COPRODUCE_MAX_DOCUMENT_BYTES', 2 * 1024 * 1024, 1024, 256 * 1024 * 1024, problems),
    messagesPerSecond: whole(env, 'COPRODUCE_MESSAGES_PER_SECOND', 50, 1, 100000, problems),
    connectionsPerAddress: whole(env, 'COPRODUCE_CONNECTIONS_PER_ADDRESS', 200, 1, 1000000, problems),
    joinLookupsPerMinute: whole(env, 'COPRODUCE_JOIN_LOOKUPS_PER_MINUTE', 60, 1, 100000, problems),
    storeDebounceMs: whole(env, 'COPRODUCE_STORE_DEBOUNCE_MS', 1000, 0, 60000, problems),
    storeMaxDebounceMs: whole(env, 'COPRODUCE_STORE_MAX_DEBOUNCE_MS', 5000, 0, 600000, problems),
  };
  if (config.storeMaxDebounceMs < config.storeDebounceMs) {
    problems.push('COPRODUCE_STORE_MAX_DEBOUNCE_MS must not be less than COPRODUCE_STORE_DEBOUNCE_MS.');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
