// Sentences come from compromise's splitter (it survives "U.S.", "Mr.", "Jan." and quotes); tokens inside a
// sentence from one regular expression, because the rules below need exact character offsets and compromise's
// full tagger would cost more than everything else the extractor does.
import nlp from 'compromise';

export interface Token {
  text: string;
  lower: string;
  /** Offsets into the article text. */
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** No space between this token and the one before it ("Israel-Hamas", "Netanyahu's"). */
  joined: boolean;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
}

// Abbreviations with dots (U.S., U.N.), name parts written with a dot inside a sentence ("Marcos Jr. received",
// "Martin St. Louis"), words with inner apostrophes or dots, numbers, or one symbol.
const TOKEN = /(?:\p{L}\.){2,}|\b(?:Jr|Sr|St)\.(?=[ ,])|\p{L}[\p{L}\p{M}\p{N}]*(?:['’.&][\p{L}\p{N}]+)*|\p{N}+(?:[.,:/]\p{N}+)*|\S/gu;
const POSSESSIVE = /^(.+?)(['’]s)$/;

export function tokenize(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -1;
  for (const match of text.matchAll(TOKEN)) {
    const start = offset + (match.index ?? 0);
    const raw = match[0];
    const possessive = POSSESSIVE.exec(raw);
    const parts = possessive && possessive[1] && possessive[2] ? [possessive[1], possessive[2]] : [raw];
    let partStart = start;
    for (const part of parts) {
      const end = partStart + part.length;
      tokens.push({
        text: part,
        lower: part.toLowerCase(),
        start: partStart,
        end,
        cap: /^\p{Lu}/u.test(part),
        joined: partStart === previousEnd,
      });
      previousEnd = end;
      partStart = end;
    }
  }
  return tokens;
}

interface SplitSentence { text: string; offset: { start: number; length: number } }

/** Sentences with offsets; a line break always ends one, so headlines and bylines stand alone. */
// compromise reads a lone capital before a full stop as an initial ("said on X. The rebels"): a sentence
// opener after it ends the sentence there; a name after it ("John F. Kennedy") does not.
const LETTER_THEN_OPENER = /(?<=\s\p{Lu})\.\s+(?=(?:The|He|She|It|They|We|In|On|At|A|An|But|This|That|His|Her|Its|Their|Meanwhile|Earlier|Later)\s)/gu;

function splitAfterLetter(text: string, start: number, end: number): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let from = start;
  for (const match of text.slice(start, end).matchAll(LETTER_THEN_OPENER)) {
    const cut = start + (match.index ?? 0) + 1;
    pieces.push([from, cut]);
    from = cut + match[0].length - 1;
  }
  pieces.push([from, end]);
  return pieces;
}

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const lines = /[^\n]+/g;
  for (const line of text.matchAll(lines)) {
    const lineStart = line.index ?? 0;
    const lineText = line[0];
    if (!lineText.trim()) continue;
    const doc = nlp.tokenize(lineText);
    const parts = (doc.json as (options: object) => SplitSentence[]).call(doc, { offset: true, terms: false });
    for (const part of parts) {
      const partStart = lineStart + part.offset.start;
      for (const [start, rawEnd] of splitAfterLetter(text, partStart, partStart + part.offset.length)) {
        const trimmed = text.slice(start, rawEnd).trimEnd();
        if (!trimmed.trim()) continue;
        const end = start + trimmed.length;
        sentences.push({ index: sentences.length, start, end, text: trimmed, tokens: tokenize(trimmed, start) });
      }
    }
  }
  return sentences;
}
