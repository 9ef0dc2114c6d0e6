import { Fragment } from 'react';

export type HighlightSegment = { text: string; isMatch: boolean };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeHtml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d{1,7}|#x[\da-fA-F]{1,6});/g, (entity, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return ENTITIES[name] ?? entity;
  });
}

/**
 * Splits a server highlight (HTML-escaped text whose matched terms are wrapped in <mark>) into
 * plain segments. Nothing of it is ever inserted as HTML: any other tag stays visible text.
 */
export function parseHighlight(html: string): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of html.matchAll(pattern)) {
    const index = match.index ?? 0;
    if (index > last) segments.push({ text: unescapeHtml(html.slice(last, index)), isMatch: false });
    segments.push({ text: unescapeHtml(match[1] ?? ''), isMatch: true });
    last = index + match[0].length;
  }
  if (last < html.length) segments.push({ text: unescapeHtml(html.slice(last)), isMatch: false });
  return segments;
}

/** Renders a highlight when the server sent one, else the plain text. */
export function Highlighted({ html, fallback }: { html?: string; fallback: string }) {
  if (!html) return <>{fallback}</>;
  return (
    <>
      {parseHighlight(html).map((segment, i) =>
        segment.isMatch ? <mark key={i}>{segment.text}</mark> : <Fragment key={i}>{segment.text}</Fragment>,
      )}
    </>
  );
}

/** The plain text of a highlight, without marks and without the ellipses of a cut snippet. */
export function highlightText(html: string): string {
  return parseHighlight(html)
    .map((s) => s.text)
    .join('')
    .replace(/^…|…$/g, '')
    .trim();
}

/**
 * The highlight when it is a snippet of `shown` (the text in the language on screen), else
 * undefined: a snippet of the other language version is not shown in place of this one.
 */
export function highlightOf(html: string | undefined, shown: string): string | undefined {
  if (!html) return undefined;
  const text = highlightText(html);
  return text.length > 0 && shown.includes(text) ? html : undefined;
}

/** The words of a query worth marking: Latin words of 2+ letters, CJK runs of 2+ characters. */
export function queryTerms(query: string): string[] {
  const terms = query
    .toLowerCase()
    .split(/[\s,，、;；]+/)
    .map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((t) => t.length >= 2);
  return [...new Set(terms)].sort((a, b) => b.length - a.length);
}

/** Marks the query's words where they occur literally in `text` (case-insensitive). */
export function markTerms(text: string, terms: string[]): HighlightSegment[] {
  if (terms.length === 0) return [{ text, isMatch: false }];
  const escaped = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(${escaped.join('|')})`, 'giu');
  return text
    .split(pattern)
    .filter((part) => part.length > 0)
    .map((part) => ({ text: part, isMatch: terms.includes(part.toLowerCase()) }));
}

/** Text with the query's words marked, for when the server sent no highlight for this text. */
export function MarkedText({ text, terms }: { text: string; terms: string[] }) {
  return (
    <>
      {markTerms(text, terms).map((segment, i) =>
        segment.isMatch ? <mark key={i}>{segment.text}</mark> : <Fragment key={i}>{segment.text}</Fragment>,
      )}
    </>
  );
}
