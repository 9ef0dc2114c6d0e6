/**
 * Script and language detection. A text is 'zh' when Han characters carry most of it, 'en' when
 * Latin letters do, and 'mixed' in between. A Han character counts as two Latin letters (an
 * English word of ~5 letters says about as much as 2-3 Han characters).
 */

export type DetectedLanguage = 'zh' | 'en' | 'mixed';

const HAN_RUN = /\p{Script=Han}+/gu;
const HAN_CHAR = /\p{Script=Han}/u;

export const isHan = (ch: string): boolean => HAN_CHAR.test(ch);

/** Splits text into runs of Han and non-Han characters, with their offsets. */
export const scriptRuns = (text: string): { han: boolean; start: number; end: number }[] => {
  const runs: { han: boolean; start: number; end: number }[] = [];
  let last = 0;
  HAN_RUN.lastIndex = 0;
  for (let m = HAN_RUN.exec(text); m; m = HAN_RUN.exec(text)) {
    if (m.index > last) runs.push({ han: false, start: last, end: m.index });
    runs.push({ han: true, start: m.index, end: m.index + m[0].length });
    last = m.index + m[0].length;
  }
  if (last < text.length) runs.push({ han: false, start: last, end: text.length });
  return runs;
};

/** Share of the text's letters carried by Han characters, in [0, 1]; NaN without letters. */
export const hanShare = (text: string): number => {
  let han = 0;
  let latin = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) {
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) latin++;
    } else if (HAN_CHAR.test(ch)) han++;
    else if (/\p{L}/u.test(ch)) latin++;
  }
  const total = 2 * han + latin;
  return total === 0 ? Number.NaN : (2 * han) / total;
};

/** Detects the language of a text: 'zh', 'en' or 'mixed' (also 'en' for text without letters). */
export const detectLanguage = (text: string): DetectedLanguage => {
  const share = hanShare(text);
  if (Number.isNaN(share) || share < 0.25) return 'en';
  if (share >= 0.65) return 'zh';
  return 'mixed';
};
