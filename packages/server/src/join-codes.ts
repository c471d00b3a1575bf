import { randomInt } from 'node:crypto';
import type { SQLite } from '@hocuspocus/extension-sqlite';

/**
 * Short codes for join links (`#join=K7RM-Q2XD` instead of a whole signed
 * token), so a link on a projector can be typed. A code stands for one
 * participant token until that token expires. Codes live in the rooms' SQLite
 * file, so a code made by one server works on every server sharing the file.
 *
 * Eight characters from 31 that cannot be mistaken for one another (no 0/O,
 * 1/I/L): 31^8 ≈ 8.5 × 10^11 codes, looked up at a limited rate per address.
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 8;

export const joinCodesSchema = `CREATE TABLE IF NOT EXISTS "join_codes" (
  "code" varchar(16) NOT NULL PRIMARY KEY,
  "token" text NOT NULL UNIQUE,
  "expires" integer NOT NULL
);
CREATE INDEX IF NOT EXISTS "join_codes_expires" ON "join_codes" ("expires")`;

type Database = NonNullable<SQLite['db']>;

/** A code as typed (any case, with or without the dash or spaces) in the form it is kept; null if it cannot be one. */
export function readCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== CODE_LENGTH) return null;
  for (const char of code) if (!CODE_ALPHABET.includes(char)) return null;
  return code;
}

/** A code as shown: two groups of four, easier to read out and type. */
export const showCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;

function newCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i += 1) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

export class JoinCodes {
  private readonly statements;

  constructor(private readonly db: Database) {
    this.statements = {
      byToken: db.prepare('SELECT code FROM "join_codes" WHERE token = $token'),
      byCode: db.prepare('SELECT token, expires FROM "join_codes" WHERE code = $code'),
      insert: db.prepare(
        'INSERT INTO "join_codes" ("code", "token", "expires") VALUES ($code, $token, $expires) ON CONFLICT DO NOTHING',
      ),
      expired: db.prepare('DELETE FROM "join_codes" WHERE expires <= $now'),
      remove: db.prepare('DELETE FROM "join_codes" WHERE code = $code'),
    };
  }

  /**
   * The code of `token` (expiring at `expires`, ms): the one it already has,
   * so every screen shows the same link, or a new one. Codes that have
   * expired are removed on the way.
   */
  codeFor(token: string, expires: number, now = Date.now()): string {
    const { byToken, insert, expired } = this.statements;
    // IMMEDIATE: one server at a time, so two servers asked at once give the same code.
    return this.db
      .transaction(() => {
        expired.run({ now });
        const existing = byToken.get({ token }) as { code: string } | undefined;
        if (existing) return existing.code;
        for (;;) {
          const code = newCode();
          if (insert.run({ code, token, expires }).changes === 1) return code;
        }
      })
      .immediate();
  }

  /** The token a code stands for, while it lasts. */
  tokenFor(code: string, now = Date.now()): string | undefined {
    const row = this.statements.byCode.get({ code }) as { token: string; expires: number } | undefined;
    if (!row) return undefined;
    if (row.expires <= now) {
      this.statements.remove.run({ code });
      return undefined;
    }
    return row.token;
  }

  /** Forgets a code whose token no longer opens anything (the secret changed). */
  forget(code: string): void {
    this.statements.remove.run({ code });
  }
}
