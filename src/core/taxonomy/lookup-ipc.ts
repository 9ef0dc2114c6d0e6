/**
 * IPC code lookup for pickers: codes by prefix ('h01', 'H01M'), each labelled with its section
 * and WIPO technology field in both languages. ITTC ships no IPC titles (WIPO publishes them;
 * the field is what matching and insight use), so a label names where a code belongs.
 */
import { parseIpc } from './ipc.js';
import { concordanceIpcCodes, wipoFieldForIpc } from './ipc-wipo.js';
import { findSector } from './sectors.js';

export type IpcLabel = { code: string; en: string; zh: string; field: string | null };

export const IPC_SECTIONS: Readonly<Record<string, { en: string; zh: string }>> = {
  A: { en: 'Human necessities', zh: '人类生活必需' },
  B: { en: 'Performing operations; transporting', zh: '作业；运输' },
  C: { en: 'Chemistry; metallurgy', zh: '化学；冶金' },
  D: { en: 'Textiles; paper', zh: '纺织；造纸' },
  E: { en: 'Fixed constructions', zh: '固定建筑物' },
  F: { en: 'Mechanical engineering; lighting; heating; weapons; blasting', zh: '机械工程；照明；加热；武器；爆破' },
  G: { en: 'Physics', zh: '物理' },
  H: { en: 'Electricity', zh: '电学' },
};

/** The label of a section, class, subclass or group: its section, and its WIPO field when it has one. */
export function labelIpc(code: string): IpcLabel | null {
  const section = IPC_SECTIONS[code] ? code : parseIpc(code)?.section;
  if (!section) return null;
  const s = IPC_SECTIONS[section]!;
  const normalized = IPC_SECTIONS[code] ? code : parseIpc(code)!.normalized;
  const field = IPC_SECTIONS[code] ? null : wipoFieldForIpc(code);
  const f = field ? findSector(field) : undefined;
  return {
    code: normalized,
    en: f ? `${s.en} › ${f.en}` : s.en,
    zh: f ? `${s.zh} › ${f.zh}` : s.zh,
    field,
  };
}

const PREFIX = /^[A-H](\d{1,2}([A-Z](\s*\d{1,4}(\/\d{0,6})?)?)?)?$/;

/** Whether a query is (the start of) an IPC code rather than words. */
export const isIpcPrefix = (q: string): boolean => PREFIX.test(q.trim().toUpperCase());

/**
 * Codes starting with `q` (case and spaces ignored): the sections, the concordance's classes and
 * subclasses, and `extra` codes (e.g. those listings use), shortest first; a full valid code the
 * user typed comes first even when no list holds it.
 */
export function lookupIpcByPrefix(q: string, limit: number, extra: readonly string[] = []): IpcLabel[] {
  const want = q.trim().toUpperCase().replace(/\s+/g, '');
  if (!isIpcPrefix(want)) return [];
  const codes = new Set<string>([...Object.keys(IPC_SECTIONS), ...concordanceIpcCodes()]);
  for (const c of extra) {
    const p = parseIpc(c);
    if (p) codes.add(p.normalized);
  }
  const typed = parseIpc(want);
  const out: IpcLabel[] = [];
  const seen = new Set<string>();
  const push = (code: string) => {
    const l = labelIpc(code);
    if (l && !seen.has(l.code)) {
      seen.add(l.code);
      out.push(l);
    }
  };
  if (typed) push(typed.normalized);
  const matching = [...codes].filter((c) => c.replace(/\s+/g, '').startsWith(want)).sort((a, b) => a.length - b.length || a.localeCompare(b));
  for (const c of matching) {
    if (out.length >= limit) break;
    push(c);
  }
  return out.slice(0, limit);
}
