// Reading CSV is in parse-csv.ts: most pages that write a spreadsheet never read one, and need not carry it.

/**
 * One CSV cell. Quotes as RFC 4180 asks, and defuses text that a spreadsheet
 * would run as a formula (=, +, -, @, tab, carriage return at the start).
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text with CRLF line ends, which every spreadsheet opens. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
