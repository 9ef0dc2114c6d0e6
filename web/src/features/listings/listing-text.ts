import type { Language, Listing, LocalizedText } from '../../api/types';

export type ShownText = LocalizedText & { language: Language; isOriginal: boolean };

/** The listing's text in the viewer's language when it exists, else the original. */
export function textForViewer(listing: Listing, viewer: Language): ShownText {
  if (listing.language !== viewer) {
    const translated = listing.translations[viewer];
    if (translated && translated.title) return { ...translated, language: viewer, isOriginal: false };
  }
  return {
    title: listing.title,
    summary: listing.summary,
    description: listing.description,
    language: listing.language,
    isOriginal: true,
  };
}

/** The version in the other language than the one shown, when there is one. */
export function otherText(listing: Listing, shown: ShownText): ShownText | null {
  if (!shown.isOriginal) {
    return {
      title: listing.title,
      summary: listing.summary,
      description: listing.description,
      language: listing.language,
      isOriginal: true,
    };
  }
  const otherLanguage: Language = listing.language === 'zh' ? 'en' : 'zh';
  const translated = listing.translations[otherLanguage];
  return translated && translated.title ? { ...translated, language: otherLanguage, isOriginal: false } : null;
}

export const HTML_LANG: Record<Language, string> = { zh: 'zh-CN', en: 'en' };
