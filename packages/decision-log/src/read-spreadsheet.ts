import {
  describeIssues,
  everyLanguage,
  languagesHere,
  parseCsv,
  validate,
  type Catalogues,
  type StringTable,
} from '@coproduce/core';
import { COLUMNS, resultKey, type Column } from './columns.js';
import type { DecisionLogKey } from './i18n/catalogues.js';
import {
  BOARD_FIELDS,
  decisionSchema,
  LIMITS,
  METHODS,
  RESULTS,
  STATUSES,
  type Change,
  type Decision,
  type Result,
  type Status,
} from './schema.js';
import { fold, splitLines, splitTags } from './words.js';

// Decisions from a spreadsheet made by `documentToCsv` (export.ts): most
// visits never add one, so <decision-log> fetches this module only when
// someone reaches for "Add decisions from a spreadsheet".

/** A spreadsheet that could not be read: which row (1 is the header), and why, for developers. */
export class CsvProblem extends Error {
  constructor(
    readonly row: number,
    message: string,
  ) {
    super(`Row ${row}: ${message}`);
  }
}

/** A spreadsheet with more new decisions than the log has room for. */
export class CsvTooMany extends Error {
  constructor(
    readonly rows: number,
    readonly room: number,
  ) {
    super(`${rows} new rows; room for ${room}`);
  }
}

/** The words a spreadsheet may be written in: each language's strings, and words earlier versions wrote. */
export interface SpreadsheetWords {
  languages: readonly StringTable[];
  earlier: Partial<Record<DecisionLogKey, readonly string[]>>;
}

/**
 * The words to read a spreadsheet with, in every language: one made on a
 * Welsh page can be added on an English one, so the Welsh words are loaded
 * (once) when a spreadsheet is first read, not with the page. A language
 * that cannot be loaded is left out, and its headings are then not known.
 */
export async function spreadsheetWords(catalogues: Catalogues): Promise<SpreadsheetWords> {
  const [, earlier] = await Promise.all([
    everyLanguage(catalogues).catch(() => undefined),
    import('./i18n/earlier-words.js').then(
      (module) => module.EARLIER_CSV_WORDS,
      () => ({}),
    ),
  ]);
  return { languages: Object.values(languagesHere(catalogues)), earlier };
}

/**
 * Decisions from a spreadsheet made by `documentToCsv`, in any of our
 * languages (headers and words are matched in each of `words`, from
 * `spreadsheetWords`). Rows whose id is already in the log are left out, so
 * adding the same file twice adds nothing. More new rows than `room` are refused before any is checked;
 * every row is validated, and one bad row stops the whole file.
 */
export function decisionsFromCsv(
  text: string,
  words: SpreadsheetWords,
  existing: ReadonlySet<string>,
  newId: () => string,
  now: string,
  room = Infinity,
): Decision[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  // Each word we wrote, in every language, back to what it stands for.
  const meanings = new Map<string, string>();
  for (const strings of words.languages) {
    const say = (key: string) => fold(String((strings as Record<string, unknown>)[key] ?? key).trim());
    for (const column of COLUMNS) meanings.set(`column:${say(column)}`, column);
    for (const method of METHODS) meanings.set(`method:${say(`method.${method}`)}`, method);
    for (const status of STATUSES) meanings.set(`status:${say(`status.${status}`)}`, status);
    for (const result of RESULTS) meanings.set(`result:${say(resultKey(result))}`, result);
    for (const field of BOARD_FIELDS) meanings.set(`board:${say(`board.${field}`)}`, field);
    meanings.set(`yes:${say('csv.yes')}`, 'yes');
  }
  // Headings and methods as earlier versions wrote them, so their spreadsheets still read.
  for (const [key, earlier] of Object.entries(words.earlier)) {
    const [kind, name] = key.startsWith('csv.') ? ['column', key] : ['method', key.replace(/^method\./, '')];
    for (const text of earlier ?? []) meanings.set(`${kind}:${fold(text.trim())}`, name);
  }
  const word = (kind: string, value: string) => meanings.get(`${kind}:${fold(value.trim())}`) ?? (value.trim() || null);
  const columnIndex = new Map<string, number>();
  header.forEach((name, index) => {
    const column = meanings.get(`column:${fold(name.trim())}`);
    if (column) columnIndex.set(column, index);
  });
  if (!columnIndex.has('csv.title') || !columnIndex.has('csv.what')) {
    throw new CsvProblem(1, 'The title and "what was decided" columns are missing');
  }
  const idAt = (row: readonly string[]) => (row[columnIndex.get('csv.id') ?? -1] ?? '').trim();
  const fresh = new Set<string>();
  let unnamed = 0;
  for (const row of rows) {
    const id = idAt(row);
    if (!id) unnamed++;
    else if (!existing.has(id)) fresh.add(id);
  }
  if (fresh.size + unnamed > room) throw new CsvTooMany(fresh.size + unnamed, room);
  const seen = new Set(existing);
  const decisions: Decision[] = [];
  rows.forEach((row, index) => {
    const cell = (column: Column) => (row[columnIndex.get(column) ?? -1] ?? '').trim();
    const id = cell('csv.id') || newId();
    if (seen.has(id)) return;
    seen.add(id);
    const number = (column: Column) => (/^\d+$/.test(cell(column)) ? Number(cell(column)) : 0);
    const method = word('method', cell('csv.method'));
    const decidedOn = cell('csv.decidedOn');
    const status = word('status', cell('csv.status')) ?? 'agreed';
    const history: Change[] = [
      {
        type: 'status',
        status: status as Status,
        on: cell('csv.statusOn') || decidedOn,
        note: cell('csv.statusNote'),
        at: now,
      },
    ];
    const result = word('result', cell('csv.outcome'));
    if (result) {
      history.push({
        type: 'outcome',
        result: result as Result,
        text: cell('csv.outcomeText'),
        on: cell('csv.outcomeOn') || decidedOn,
        at: now,
      });
    }
    const candidate = {
      id,
      title: cell('csv.title'),
      decidedOn,
      what: cell('csv.what'),
      why: cell('csv.why'),
      how: method
        ? {
            method,
            votes:
              method === 'vote'
                ? {
                    for: number('csv.votesFor'),
                    against: number('csv.votesAgainst'),
                    abstained: number('csv.votesAbstained'),
                  }
                : null,
            who: cell('csv.who'),
          }
        : null,
      people: namesIn(cell('csv.people')),
      youSaid: splitLines(cell('csv.youSaid')),
      tags: splitTags(cell('csv.tags')),
      reviewOn: cell('csv.reviewOn') || null,
      board: {
        shown: word('yes', cell('csv.board')) === 'yes',
        fields: splitLines(cell('csv.boardFields')).map((label) => word('board', label)),
      },
      recordedAt: now,
      history,
    };
    const checked = validate(decisionSchema(), candidate);
    if (!checked.success) throw new CsvProblem(index + 2, describeIssues(checked.error));
    decisions.push(checked.data);
  });
  return decisions;
}

/**
 * Names one per line, as `documentToCsv` writes them, or separated by commas
 * (older files, and typed by hand, as in the form). Never split at "and" or
 * "a": “Tîm Iechyd a Lles” is one name.
 */
function namesIn(cell: string): string[] {
  return cell
    .split(/[\n,]/)
    .map((name) => name.trim())
    .filter(Boolean);
}

/** Largest spreadsheet we will read: a full log of 20,000 decisions is about 11 MB. */
export const MAX_SPREADSHEET_BYTES = 16 * 1024 * 1024;

/** Why a spreadsheet adds nothing: the message to show, with what it names. */
export interface SpreadsheetRefusal {
  key: DecisionLogKey;
  params: Record<string, string | number>;
  cause: unknown;
}

/**
 * The new decisions in a spreadsheet file, or why none can be added: too big
 * to read (refused before reading), a bad row, no new rows, or more than the
 * log has room for. Counts are written the reader's way (`locale`).
 */
export async function readSpreadsheet(
  file: Blob,
  log: readonly Decision[],
  catalogues: Catalogues,
  newId: () => string,
  locale: string,
): Promise<Decision[] | SpreadsheetRefusal> {
  const number = (value: number) => new Intl.NumberFormat(locale).format(value);
  if (file.size > MAX_SPREADSHEET_BYTES) {
    const max = MAX_SPREADSHEET_BYTES / 1024 / 1024;
    return {
      key: 'error.csvTooBig',
      params: { max },
      cause: new Error(`File is ${file.size} bytes, more than ${MAX_SPREADSHEET_BYTES}`),
    };
  }
  const room = LIMITS.decisions - log.length;
  try {
    const known = new Set(log.map((decision) => decision.id));
    const [text, words] = await Promise.all([file.text(), spreadsheetWords(catalogues)]);
    const decisions = decisionsFromCsv(text, words, known, newId, new Date().toISOString(), room);
    return decisions.length ? decisions : { key: 'error.csvEmpty', params: {}, cause: new Error('No new rows') };
  } catch (cause) {
    if (cause instanceof CsvTooMany) {
      const params = { count: cause.rows, rows: number(cause.rows), room: number(room), max: number(LIMITS.decisions) };
      return { key: room > 0 ? 'error.csvTooMany' : 'error.logFull', params, cause };
    }
    return { key: 'error.csv', params: { row: cause instanceof CsvProblem ? cause.row : 1 }, cause };
  }
}
