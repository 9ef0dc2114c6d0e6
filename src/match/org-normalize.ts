/**
 * Text normalization for organization names and affiliation strings: HTML entities, Unicode
 * width and accents, abbreviations ("Univ." -> university), "&" -> and, stopwords, and CJK
 * (Han, kana, Hangul) split into one token per character so that names written without spaces
 * ("清华大学物理系") can be matched by token spans like any other name.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '-',
  mdash: '-',
};

/** Decodes the HTML entities that affiliation strings carry (`&#x0026;`, `&amp;`). */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? m;
  });
}

const LETTER_MAP: Record<string, string> = {
  ß: 'ss',
  ø: 'o',
  Ø: 'O',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
  þ: 'th',
  Þ: 'TH',
};

// Anything outside printable ASCII (and tab/newline) needs Unicode normalization.
const NON_ASCII = /[^\t\n\r -~]/;

/** NFKC, markup removed, entities decoded, Latin accents folded; case is kept. */
export function cleanText(s: string): string {
  let decoded = s.includes('<') ? s.replace(/<[^>]{0,40}>/g, ' ') : s;
  if (decoded.includes('&')) decoded = decodeEntities(decoded);
  if (!NON_ASCII.test(decoded)) return decoded;
  return decoded
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/[ßøØæÆœŒłŁđĐıþÞ]/g, (c) => LETTER_MAP[c] ?? c);
}

/** Scripts written without spaces: each character becomes a token. */
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
// A token is one CJK character, a run of letters, or a run of digits ("1University" is two tokens).
const TOKEN_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[\p{L}\p{M}]+|\p{N}+/gu;

export function isCjkChar(c: string): boolean {
  return CJK_CHAR.test(c);
}

/**
 * Abbreviations and foreign forms folded to one English word. Applied to both names and
 * queries, so a wrong guess only merges two spellings; it never loses a match.
 */
const CANONICAL_GROUPS: [string, string[]][] = [
  [
    'university',
    [
      'univ', 'uni', 'univs', 'universities', 'universidad', 'universidade', 'universita', 'universitat', 'universitaet',
      'universite', 'universiteit', 'universitet', 'universiti', 'universitas', 'uniwersytet', 'universitatea',
      'univerzita', 'univerzitet', 'universiteti', 'universitetet', 'universitaire', 'universitario', 'universitaria',
    ],
  ],
  ['institute', ['inst', 'instit', 'institut', 'instituto', 'istituto', 'institutes', 'institutet', 'instytut', 'institutt']],
  ['technology', ['tech', 'technol', 'techn', 'technologie', 'technologies', 'tecnologia', 'teknologi', 'tecnologica', 'technologique']],
  ['science', ['sci', 'sciences', 'scienze', 'ciencias', 'ciencia', 'sciencia', 'scientific', 'scientifique', 'scient']],
  ['national', ['natl', 'nacional', 'nazionale', 'nationale', 'nat']],
  ['department', ['dept', 'dep', 'dpt', 'depart', 'departement', 'departamento', 'dipartimento', 'departments']],
  ['laboratory', ['lab', 'labs', 'laboratories', 'laboratoire', 'laboratorio', 'laboratorium', 'labor', 'laborat']],
  ['hospital', ['hosp', 'hopital', 'ospedale', 'hospitals', 'hospitalier', 'hospitaliere']],
  ['medical', ['med', 'medic']],
  ['college', ['coll', 'colleges', 'colegio']],
  ['center', ['ctr', 'cntr', 'centre', 'centro', 'zentrum', 'centers', 'centres', 'cent']],
  ['research', ['res', 'rech', 'recherche', 'researches']],
  ['engineering', ['eng', 'engn', 'engg', 'engrg', 'engin', 'engineer']],
  ['academy', ['acad', 'academie', 'academia', 'akademie', 'akademia', 'academies', 'akademi']],
  ['association', ['assoc', 'assn']],
  ['international', ['intl', 'internacional', 'internationale', 'internazionale']],
  ['faculty', ['fac', 'faculdade', 'facultad', 'faculte', 'facolta', 'fakultat', 'faculties']],
  ['school', ['sch', 'schl', 'schools']],
  ['graduate', ['grad']],
  ['polytechnic', ['polytech', 'politecnica', 'politecnico', 'polytechnique', 'politechnika', 'polytechnical', 'politehnica']],
  ['health', ['hlth']],
  ['memorial', ['mem']],
  ['general', ['gen']],
  ['st', ['saint', 'ste', 'sainte', 'sankt', 'san', 'santa', 'sao']],
  ['mount', ['mt']],
  ['fort', ['ft']],
  ['american', ['amer']],
  ['european', ['eur']],
  ['agricultural', ['agric', 'agr', 'agricultura', 'agriculture', 'agricola', 'agronomique']],
  ['environmental', ['environ']],
  ['education', ['educ', 'educational']],
  ['government', ['govt', 'gov']],
  ['foundation', ['fdn', 'fundacion', 'fundacao', 'fondazione', 'fondation', 'stiftung']],
  ['society', ['soc', 'societe', 'sociedad', 'societa', 'gesellschaft']],
  ['chemistry', ['chem', 'chemical', 'chimie', 'chemie', 'quimica']],
  ['physics', ['phys', 'physique', 'physik', 'fisica']],
  ['biology', ['biol', 'biological', 'biologie', 'biologia']],
  ['mathematics', ['math', 'maths', 'mathematical', 'mathematiques', 'matematica']],
  ['medicine', ['medicina', 'medizin', 'medecine']],
  ['economics', ['econ', 'economic', 'economy', 'economia', 'economie']],
  ['management', ['mgmt', 'mgt']],
  ['clinic', ['clin', 'clinical', 'clinique', 'klinik', 'clinica', 'klinikum', 'clinics']],
  ['ministry', ['ministerio', 'ministere', 'ministero', 'ministerium']],
];

const CANONICAL = new Map<string, string>();
for (const [word, forms] of CANONICAL_GROUPS) {
  for (const f of forms) CANONICAL.set(f, word);
  CANONICAL.set(word, word);
}

/** Function words dropped from keys (English, French, Spanish, Portuguese, Italian, German, Dutch). */
const STOPWORDS = new Set([
  'of', 'the', 'and', 'for', 'in', 'at', 'on', 'de', 'des', 'du', 'la', 'le', 'les', 'el', 'los', 'las', 'del', 'della',
  'delle', 'degli', 'dei', 'di', 'da', 'do', 'dos', 'das', 'der', 'die', 'und', 'fur', 'zu', 'et', 'y', 'en', 'a', 'an',
  'e', 'l', 'd', 'voor', 'het', 'van', 'i',
  // Legal forms: "Toshiba Corporation" and "Toshiba" are the same organization.
  'inc', 'incorporated', 'ltd', 'ltda', 'limited', 'llc', 'gmbh', 'ag', 'plc', 'corp', 'corporation', 'co', 'cie',
  'company', 'sa', 'srl', 'spa', 'bv', 'nv', 'kk', 'oy', 'oyj', 'pty', 'pvt', 'mbh', 'ev',
]);

export function isStopword(token: string): boolean {
  return STOPWORDS.has(token);
}

/** Canonical form of one lower-case token. */
export function canonicalToken(token: string): string {
  return CANONICAL.get(token) ?? token;
}

/** One token of a text: its canonical form plus where it came from, for acronym and case checks. */
export type Token = {
  /** Canonical lower-case form ("univ" -> "university"). */
  key: string;
  /** The token as written (after cleaning), case kept. */
  raw: string;
  isCjk: boolean;
};

/** Joins dotted initials ("U.S.A.", "P. R.") so they become one token. */
function joinInitials(s: string): string {
  return s.replace(/\b(?:\p{L}\.\s?){2,}/gu, (m) => `${m.replace(/[.\s]/g, '')} `);
}

/**
 * Tokenizes cleaned text. Apostrophes vanish ("People's" -> peoples), "&" becomes "and",
 * stopwords are dropped, the rest is canonicalized.
 */
export function tokenize(text: string, options: { keepStopwords?: boolean } = {}): Token[] {
  const out: Token[] = [];
  for (const m of prepare(text).matchAll(TOKEN_RE)) {
    const raw = m[0];
    const isCjk = raw.length <= 2 && raw.charCodeAt(0) > 0x2e7f && CJK_CHAR.test(raw);
    const lower = isCjk ? raw : raw.toLowerCase();
    if (!isCjk && !options.keepStopwords && STOPWORDS.has(lower)) continue;
    out.push({ key: isCjk ? lower : canonicalToken(lower), raw, isCjk });
  }
  return out;
}

/** Cleaned text with initials joined, glued words split, elisions and "&" rewritten. */
function prepare(text: string): string {
  let s = cleanText(text);
  if (s.includes('.')) s = joinInitials(s);
  // Words glued by lost line breaks: "InstituteUniversity of MelbourneMelbourne".
  s = s.replace(/(\p{Ll}{3})(?=\p{Lu}\p{Ll})/gu, '$1 ');
  if (/['’`´]/.test(s)) {
    s = s.replace(/\b(l|d|j|qu|dell|dall|nell|all|sull)['’](?=\p{L})/giu, '$1 ').replace(/['’`´]/g, '');
  }
  if (s.includes('&')) s = s.replace(/&/g, ' and ');
  return s;
}

/** The matching key of a name: canonical content tokens joined by single spaces. */
export function nameKey(text: string): string {
  let key = '';
  for (const m of prepare(text).matchAll(TOKEN_RE)) {
    const raw = m[0];
    const isCjk = raw.length <= 2 && raw.charCodeAt(0) > 0x2e7f && CJK_CHAR.test(raw);
    const lower = isCjk ? raw : raw.toLowerCase();
    if (!isCjk && STOPWORDS.has(lower)) continue;
    const k = isCjk ? lower : canonicalToken(lower);
    key = key.length === 0 ? k : `${key} ${k}`;
  }
  return key;
}

/**
 * Splits an affiliation into segments at commas, semicolons, parentheses, brackets, bars,
 * line breaks and " - ". Empty segments are dropped; order is kept.
 */
export function splitSegments(text: string): string[] {
  return cleanText(text)
    .split(/[,;()[\]{}|\n\r\t]+|\s[-–—]\s|、|，|；/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
