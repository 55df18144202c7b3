// MEMBER_OF: "Turkey is a NATO member", "NATO member Turkey", "a member of Y", "of which X is a member".
import { isActor, wordOf, type ActorUnit, type SentenceView } from '../units.js';
import type { Emit } from './types.js';
import { pastArticle } from './words.js';

/** "Turkey is a NATO member", "NATO member Turkey", "X is a member of Y". */
export function membershipRule(view: SentenceView, emit: Emit): void {
  const units = view.units;
  for (let i = 0; i < units.length; i++) {
    if (wordOf(units[i]) !== 'member') continue;
    const before = units[i - 1];
    const after = units[i + 1];
    if (isActor(before) && before.type === 'Group') {
      if (isActor(after) && after.type !== 'Person') emit({ type: 'MEMBER_OF', source: after.entity, target: before.entity, confidence: 0.8, rule: 'noun:member (before name)', anchor: i });
      const article = wordOf(units[i - 2]);
      const copula = wordOf(units[i - 3]);
      const subject = units[i - 4];
      if ((article === 'a' || article === 'an') && (copula === 'is' || copula === 'was' || copula === ',' || copula === 'are') && isActor(subject) && subject.type !== 'Person') {
        emit({ type: 'MEMBER_OF', source: subject.entity, target: before.entity, confidence: 0.85, rule: 'noun:member (is a Y member)', anchor: i });
      }
    }
  }
  // "X is a member of Y", "X is part of the Y", "Guyana, a founding member of Y".
  for (let i = 0; i < units.length; i++) {
    if (!MEMBERSHIP_NOUNS.has(wordOf(units[i]) ?? '') || wordOf(units[i + 1]) !== 'of') continue;
    const targetAt = pastArticle(units, i + 2);
    const target = units[targetAt];
    if (!isActor(target) || target.type !== 'Group') continue;
    let k = i - 1;
    while (k >= 0 && k >= i - 4 && MEMBERSHIP_LINKS.has(wordOf(units[k]) ?? '')) k--;
    const subject = units[k];
    if (k < i - 1 && isActor(subject) && subject.type !== 'Person' && subject.type !== 'Place') {
      emit({ type: 'MEMBER_OF', source: subject.entity, target: target.entity, confidence: 0.8, rule: `noun:${wordOf(units[i])} of`, anchor: i });
    }
  }
}

/** "CARICOM, of which Guyana is a founding member": the group before "of which" has the member after it. */
export function ofWhichMember(view: SentenceView, emit: Emit): void {
  const units = view.units;
  for (let i = 2; i < units.length; i++) {
    if (wordOf(units[i]) !== 'which' || wordOf(units[i - 1]) !== 'of') continue;
    const member = units[i + 1];
    const noun = units.slice(i + 2, i + 7).findIndex((u) => wordOf(u) === 'member');
    const link = units.slice(i + 2, i + 2 + Math.max(0, noun)).every((u) => MEMBERSHIP_LINKS.has(wordOf(u) ?? ''));
    let g = i - 2;
    while (g >= Math.max(0, i - 6) && !(isActor(units[g]) && (units[g] as ActorUnit).type === 'Group')) g--;
    const group = units[g];
    if (noun > 0 && link && isActor(member) && member.type !== 'Person' && isActor(group)) {
      emit({ type: 'MEMBER_OF', source: member.entity, target: group.entity, confidence: 0.8, rule: 'noun:member (of which)', anchor: i });
    }
  }
}

const MEMBERSHIP_NOUNS = new Set(['member', 'part']);
const MEMBERSHIP_LINKS = new Set(['is', 'was', 'are', 'were', 'has', 'been', 'became', 'remains', 'a', 'an', ',', 'founding', 'full', 'permanent', 'key', 'also', 'now']);
