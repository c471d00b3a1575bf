import { createHash } from 'node:crypto';

/**
 * One JSON line per event on stdout. Never a name, an answer, a note or a
 * token: rooms appear only as a short hash, so a council's logs hold no
 * personal data.
 */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

let write: (line: string) => void = (line) => process.stdout.write(line);

export function log(event: string, fields: LogFields = {}): void {
  write(`${JSON.stringify({ time: new Date().toISOString(), event, ...fields })}\n`);
}

/** For tests: where log lines go. */
export function setLogWriter(writer: (line: string) => void): void {
  write = writer;
}

/** A short, stable hash of a room (or any text) that can be logged without saying what it is. */
export function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 10);
}
