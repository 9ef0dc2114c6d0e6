/**
 * Client-side CSV for views the server has no CSV of (the funnel, success stories): RFC 4180
 * quoting, a byte-order mark so spreadsheets read Chinese, and text cells that start like a
 * formula (= + - @, tab, carriage return) prefixed with a quote so they are not run.
 */

export type Cell = string | number | null | undefined;

export function safeCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: Cell[][]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(safeCell).join(',')).join('\r\n')}\r\n`;
}

/** Offers a CSV text as a file download. */
export function downloadCsv(filename: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
