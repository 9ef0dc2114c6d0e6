/** Atom 1.0 (RFC 4287) documents for the public feeds. Every text is XML-escaped; nothing is HTML. */

export type AtomEntry = {
  id: string;
  title: string;
  updated: Date;
  published?: Date;
  link: string;
  summary: string;
  categories: { term: string; label: string }[];
};

export type AtomFeed = { id: string; title: string; subtitle: string; selfUrl: string; alternateUrl: string; updated: Date; lang: string; entries: AtomEntry[] };

const xml = (s: string) =>
  s
    // Characters XML 1.0 does not allow.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

export function renderAtom(f: AtomFeed): string {
  const entries = f.entries
    .map(
      (e) => `  <entry>
    <id>${xml(e.id)}</id>
    <title type="text">${xml(e.title)}</title>
    <updated>${e.updated.toISOString()}</updated>${e.published ? `\n    <published>${e.published.toISOString()}</published>` : ''}
    <link rel="alternate" type="text/html" href="${xml(e.link)}"/>
    <summary type="text">${xml(e.summary)}</summary>
${e.categories.map((c) => `    <category term="${xml(c.term)}" label="${xml(c.label)}"/>`).join('\n')}
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xml(f.lang)}">
  <id>${xml(f.id)}</id>
  <title type="text">${xml(f.title)}</title>
  <subtitle type="text">${xml(f.subtitle)}</subtitle>
  <updated>${f.updated.toISOString()}</updated>
  <link rel="self" type="application/atom+xml" href="${xml(f.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${xml(f.alternateUrl)}"/>
  <author><name>ITTC</name></author>
  <generator>ITTC</generator>
${entries}
</feed>
`;
}
