// Actors coordinated in a list ("Egypt, Qatar and the United States"), and where a titled person's mention
// starts ("Armenian Foreign Minister X") or stands after the state that titles them ("Saudi Crown Prince X").
import { lexicon } from '../lexicon.js';
import { isActor, wordOf, type ActorUnit, type SentenceView } from '../units.js';
import type { Found } from './types.js';
import { isBoundary } from './words.js';
import { looksLikeVerb, matchVerb } from './forms.js';

const COORDINATORS = new Set([',', 'and', 'or', '&']);

/** From an actor, the others coordinated with it to the right: "Egypt, Jordan, the Palestinians and ceasefire mediator Qatar". */
export function listRight(view: SentenceView, start: number, maxFiller = 3): Found {
  const first = view.units[start] as ActorUnit;
  const entities = [first.entity];
  let last = start;
  let i = start + 1;
  while (i < view.units.length) {
    // "the Congolese government and the M23": the acting noun belongs to the demonym before it.
    const previous = view.units[last];
    if (i === last + 1 && isActor(previous) && previous.candidate.demonym && lexicon().actingNouns.has(wordOf(view.units[i]) ?? '')) i++;
    let j = i;
    let sawCoordinator = false;
    // "Hamas in Gaza, Hezbollah in Lebanon": a place after "in" belongs to the actor before it.
    if (wordOf(view.units[j]) === 'in' && view.units[j + 1]?.kind === 'actor') { j += 2; }
    const joinFrom = j;
    // "N'Tam as well as leaders of the PAIGC".
    if (wordOf(view.units[j]) === 'as' && wordOf(view.units[j + 1]) === 'well' && wordOf(view.units[j + 2]) === 'as') { sawCoordinator = true; j += 3; }
    while (j < view.units.length && (COORDINATORS.has(wordOf(view.units[j]) ?? '') || wordOf(view.units[j]) === 'including' || wordOf(view.units[j]) === 'both')) { sawCoordinator = true; j++; }
    if (!sawCoordinator) break;
    let filler = 0;
    // "meets Wang Yi in Beijing, urges China": a verb of ours ends the list; China is the next clause's object.
    // "Chile and the African Union": an article is never filler, even where no filler is allowed.
    if (wordOf(view.units[j]) === 'the') j++;
    while (j < view.units.length && view.units[j]?.kind === 'word' && !isBoundary(view.units[j]) && !matchVerb(view, j) && filler < maxFiller) { j++; filler++; }
    // "Modi and Chinese President Xi Jinping": the state titles the person after it.
    j = titledPersonAfter(view, j) ?? j;
    const next = view.units[j];
    if (!isActor(next)) break;
    // "met Putin in Moscow, the Kremlin said": after a bare comma, an actor with a verb of its own opens a new clause.
    const commaOnly = view.units.slice(joinFrom, j).every((u) => wordOf(u) === ',' || wordOf(u) === 'the');
    const speaksSoon = [1, 2, 3].some((n) => SPEECH_VERBS.has(wordOf(view.units[j + n]) ?? ''));
    if (commaOnly && (looksLikeVerb(view, j + 1) || speaksSoon)) break;
    // "by Marco Rubio, a State Department spokeswoman said": after a bare comma, "a" opens an apposition or
    // another speaker, never the next member of a list.
    const article = wordOf(view.units[joinFrom + 1]);
    if (wordOf(view.units[joinFrom]) === ',' && (article === 'a' || article === 'an')) break;
    entities.push(next.entity);
    last = j;
    i = j + 1;
  }
  return { entities, first: start, last, viaPronoun: false };
}

const SPEECH_VERBS = new Set(['said', 'says', 'say', 'told', 'added', 'warned', 'announced']);

/** From an actor, the others coordinated with it to the left: "Egyptian and Qatari officials". */
export function listLeft(view: SentenceView, end: number): Found {
  const last = view.units[end] as ActorUnit;
  const entities = [last.entity];
  let first = end;
  let i = mentionStart(view, end) - 1;
  while (i >= 0) {
    // "Egypt, Qatar and the United States": the article sits between the coordinator and the name.
    let j = wordOf(view.units[i]) === 'the' ? i - 1 : i;
    let sawCoordinator = false;
    while (j >= 0 && (COORDINATORS.has(wordOf(view.units[j]) ?? '') || wordOf(view.units[j]) === 'both')) { sawCoordinator = true; j--; }
    if (!sawCoordinator) break;
    if (wordOf(view.units[j]) === 'the') j--;
    const previous = view.units[j];
    if (!isActor(previous) || previous.possessive) break;
    entities.unshift(previous.entity);
    first = j;
    i = mentionStart(view, j) - 1;
  }
  return { entities, first, last: end, viaPronoun: false };
}

/** The first unit of an actor's mention: "Armenian Foreign Minister X" starts at "Armenian", whose title and
 * state belong to the person, so a list can go on to the left of them. */
export function mentionStart(view: SentenceView, k: number): number {
  const unit = view.units[k];
  if (!isActor(unit) || unit.type !== 'Person' || unit.candidate.titleStart === undefined) return k;
  const titleOffset = view.sentence.tokens[unit.candidate.titleStart]?.start;
  if (titleOffset === undefined) return k;
  let j = k;
  for (let prev = view.units[j - 1]; prev?.kind === 'word' && prev.token.start >= titleOffset; prev = view.units[j - 1]) j--;
  const before = view.units[j - 1];
  // "Jordan's King Abdullah II": the owner's "'s" sits between the state and the title.
  const ownerEnd = isActor(before) && before.possessive ? before.candidate.end + 1 : before && isActor(before) ? before.candidate.end : -1;
  if (isActor(before) && before.type !== 'Person' && ownerEnd === unit.candidate.titleStart) {
    j--;
    // "Turkish Cypriot leader X": demonyms in a row all qualify the title.
    for (let prev = view.units[j - 1]; isActor(prev) && prev.candidate.demonym && prev.candidate.end === (view.units[j] as ActorUnit).candidate.start; prev = view.units[j - 1]) j--;
  }
  return j;
}

/** "Saudi Crown Prince X": the state only qualifies the titled person after it, who is the actor. */
export function titledPersonAfter(view: SentenceView, i: number): number | undefined {
  const unit = view.units[i];
  if (!isActor(unit) || unit.type === 'Person') return undefined;
  for (let k = i + 1; k < Math.min(view.units.length, i + 6); k++) {
    const next = view.units[k];
    if (next?.kind === 'actor') return next.type === 'Person' && next.candidate.titleStart === unit.candidate.end ? k : undefined;
  }
  return undefined;
}
