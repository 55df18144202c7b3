// Dates in a sentence, resolved against the article's date by chrono-node ("on Tuesday" in an article of
// 2025-02-04 is 2025-02-04; "on October 7, 2023" is itself). Only expressions that name a day count.
import * as chrono from 'chrono-node';
import type { RelationStatus } from '../types.js';

// chrono is the costly part of a sentence: ask it only when a day may be named.
const MAY_NAME_A_DAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:today|yesterday|tomorrow|tonight)\b|\b\d{4}-\d{2}-\d{2}\b/i;

export interface FoundDate { date: string; index: number }

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Day-precise dates in the sentence, with their character index in it. */
export function datesIn(sentence: string, articleDate: string | undefined, status: RelationStatus | undefined): FoundDate[] {
  if (!MAY_NAME_A_DAY.test(sentence)) return [];
  const reference = articleDate ? new Date(`${articleDate}T12:00:00Z`) : undefined;
  const results = reference ? chrono.parse(sentence, { instant: reference, timezone: 0 }) : chrono.parse(sentence);
  const found: FoundDate[] = [];
  for (const result of results) {
    const { start } = result;
    const dayNamed = start.isCertain('day') || start.isCertain('weekday');
    // Without the article's date a weekday or "today" cannot be placed.
    if (!dayNamed || (!reference && !start.isCertain('year'))) continue;
    let date = start.date();
    // A bare weekday of something planned is the coming one ("will meet on Thursday"); a written date
    // ("his January 20 inauguration") stays where chrono puts it, so chrono's forwardDate is not used.
    if (reference && status === 'planned' && !start.isCertain('day') && date < reference && iso(date) !== iso(reference)) {
      date = new Date(date.getTime() + 7 * 86_400_000);
    }
    // Anything not planned that a bare weekday dates has already happened: the latest such day, not the next.
    if (reference && status !== 'planned' && !start.isCertain('day') && date > reference && iso(date) !== iso(reference)) {
      date = new Date(date.getTime() - 7 * 86_400_000);
    }
    found.push({ date: iso(date), index: result.index });
  }
  return found;
}

export function nearestDate(dates: FoundDate[], index: number): string | undefined {
  let best: FoundDate | undefined;
  for (const d of dates) if (!best || Math.abs(d.index - index) < Math.abs(best.index - index)) best = d;
  return best?.date;
}
