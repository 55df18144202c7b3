// Guards that keep markup and other languages out of the extractor: it must never invent entities from them.
import { ArticleError } from '../errors.js';

// The most frequent English function words; news prose uses them in nearly every sentence.
const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to a in that is was he for it with as his on be at by i this had not are but from or have an they which one you were her all she there would their we him been has when who will more no if out so said what up its about into than them can only other new some could time these two may then do first any my now such like our over man me even most made after also did many before must through back years where much your way well down should because each just those people how too little state good very make world still own see men work long get here between both life being under never day same another know while last might us great old year off come since against go came right used take three'
    .split(' '),
);

/** Share of words that must be English function words; real English news sits near 0.35-0.5. */
const MIN_FUNCTION_WORD_SHARE = 0.12;
const MIN_WORDS_TO_JUDGE = 12;

export function checkEnglishProse(text: string, where: string): void {
  if (looksLikeMarkup(text)) {
    throw new ArticleError(
      `${where} looks like HTML or other markup, not article text.`,
      'Save the article as plain text (copy the text from the page, or strip the tags first).',
    );
  }
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) throw new ArticleError(`${where} has no words to read.`, 'Give an article in English prose.');
  if (words.length < MIN_WORDS_TO_JUDGE) return;
  const share = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length / words.length;
  if (share < MIN_FUNCTION_WORD_SHARE) {
    throw new ArticleError(
      `${where} does not read as English (only ${(share * 100).toFixed(0)}% common English words).`,
      'The extractor reads English news; translate the article first.',
    );
  }
}

/** Tags in quantity, or a document prologue, mean a page was saved rather than its text. */
export function looksLikeMarkup(text: string): boolean {
  if (/^\s*<(!doctype|html|\?xml)/i.test(text)) return true;
  const tags = text.match(/<\/?[a-z][a-z0-9-]*(\s[^<>]*)?>/gi) ?? [];
  return tags.length >= 5 && tags.join('').length > text.length * 0.05;
}
