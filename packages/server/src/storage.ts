import { SQLite, schema as documentsSchema } from '@hocuspocus/extension-sqlite';
import type { afterLoadDocumentPayload, onLoadDocumentPayload, onStoreDocumentPayload } from '@hocuspocus/server';
import * as Y from 'yjs';
import { JoinCodes, joinCodesSchema } from './join-codes.js';
import { log, shortHash } from './log.js';

/**
 * SQLite storage for rooms, that loses nothing when the server is killed.
 * Hocuspocus writes a whole document some time after the last change; on top
 * of that every change is appended to a journal at once (WAL, so a killed
 * process loses no committed row). Loading reads the document and its
 * journal; each full write clears the journal rows it now includes (whichever
 * server wrote them, so rows of a server that was killed do not pile up).
 */
const journalSchema = `CREATE TABLE IF NOT EXISTS "journal" (
  "name" varchar(255) NOT NULL,
  "instance" varchar(64) NOT NULL,
  "data" blob NOT NULL
);
CREATE INDEX IF NOT EXISTS "journal_name" ON "journal" ("name")`;

interface Statements {
  document: { get(params: object): { data: Buffer } | undefined };
  journal: { all(params: object): { rowid: number; data: Buffer }[] };
  append: { run(params: object): unknown };
  upsert: { run(params: object): unknown };
  clear: { run(params: object): unknown };
}

export class JournalledSQLite extends SQLite {
  private statements?: Statements;
  /** The join links' short codes, in the same file (so every server sharing it knows them). */
  codes?: JoinCodes;
  private readonly listening = new WeakSet<Y.Doc>();

  constructor(
    database: string,
    private readonly instance: string,
  ) {
    super({ database, schema: `${documentsSchema};\n${journalSchema};\n${joinCodesSchema}` });
  }

  override async onConfigure(): Promise<void> {
    await super.onConfigure();
    const db = this.db!;
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    this.statements = {
      document: db.prepare('SELECT data FROM "documents" WHERE name = $name'),
      journal: db.prepare('SELECT rowid, data FROM "journal" WHERE name = $name ORDER BY rowid'),
      append: db.prepare('INSERT INTO "journal" ("name", "instance", "data") VALUES ($name, $instance, $data)'),
      upsert: db.prepare(
        'INSERT INTO "documents" ("name", "data") VALUES ($name, $data) ON CONFLICT(name) DO UPDATE SET data = $data',
      ),
      clear: db.prepare('DELETE FROM "journal" WHERE rowid = $rowid'),
    } as unknown as Statements;
    this.codes = new JoinCodes(db);
  }

  override async onLoadDocument({ document, documentName }: onLoadDocumentPayload): Promise<void> {
    const statements = this.statements!;
    const stored = statements.document.get({ name: documentName });
    const updates = statements.journal.all({ name: documentName }).map((row) => row.data);
    if (stored) updates.unshift(stored.data);
    if (updates.length > 0) Y.applyUpdate(document, Y.mergeUpdates(updates));
  }

  /** From here on, every change to the room is in the journal before anyone else hears of it. */
  async afterLoadDocument({ document, documentName }: afterLoadDocumentPayload): Promise<void> {
    if (this.listening.has(document)) return;
    this.listening.add(document);
    document.on('update', (update: Uint8Array, origin: unknown) => {
      // A change from another server (through Redis) is already in the journal: that server wrote it.
      if ((origin as { source?: unknown } | null)?.source === 'redis') return;
      this.statements?.append.run({ name: documentName, instance: this.instance, data: Buffer.from(update) });
    });
  }

  override async onStoreDocument({ document, documentName }: onStoreDocumentPayload): Promise<void> {
    const state = Buffer.from(Y.encodeStateAsUpdate(document));
    const snapshot = Y.snapshot(document);
    const statements = this.statements!;
    this.db!.transaction(() => {
      statements.upsert.run({ name: documentName, data: state });
      for (const row of statements.journal.all({ name: documentName })) {
        if (Y.snapshotContainsUpdate(snapshot, row.data)) statements.clear.run({ rowid: row.rowid });
      }
    })();
    log('stored', { room: shortHash(documentName.split('/')[0] ?? ''), bytes: state.byteLength });
  }

  async onDestroy(): Promise<void> {
    this.db?.close();
  }
}
