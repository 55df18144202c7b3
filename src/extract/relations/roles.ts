// LEADS and WORKS_FOR from titles ("Israeli Prime Minister X", "his spokesman"), role references ("the German
// leader"), appositions ("X, a spokesman for Y") and possessives ("Chelsea's Cole Palmer", "the army of General X").
import { entityId } from '../../text/ids.js';
import type { RelationType } from '../../types.js';
import { lexicon, type TitleEntry } from '../lexicon.js';
import type { EntityDraft } from '../resolve.js';
import { isActor, wordOf, type ActorUnit, type SentenceView, type Unit } from '../units.js';
import type { Context, Emit } from './types.js';
import { isBoundary } from './words.js';
import { titledPersonAfter } from './lists.js';
import { antecedentGroup } from './reference.js';
import { pronounActor } from './clause.js';

/** Before a group and a leading title, words that make the person one leader among several. */
const ONE_OF_MANY = new Set(['a', 'an', 'senior', 'deputy', 'local', 'regional', 'field', 'one', 'another']);

/** Titles give roles: "Israeli Prime Minister Benjamin Netanyahu" LEADS Israel; "analyst X of Y" WORKS_FOR Y. */
/** The owner of a title written "his spokesman", "its chief executive" or "the group's spokesman". */
function ownerOfTitle(ctx: Context, view: SentenceView, k: number, holder: EntityDraft): EntityDraft | undefined {
  const units = view.units;
  const word = wordOf(units[k]) ?? '';
  let owner: EntityDraft | undefined;
  if (word === 'his' || word === 'her' || word === 'its') owner = pronounActor(ctx, view, k);
  else if ((word === "'s" || word === '’s') && wordOf(units[k - 2]) === 'the' && lexicon().groupAnaphors.has(wordOf(units[k - 1]) ?? '')) {
    owner = antecedentGroup(ctx, view.sentence.index, k - 2);
  }
  return owner && owner !== holder && owner.type !== 'Place' ? owner : undefined;
}

/** The actor the sentence before opens with ("UniCredit, which …"), not one it names in passing. */
/** The state whose capital a sentence opens in ("In Paris, President X"), when the article names that state. */
function capitalStateBefore(ctx: Context, view: SentenceView, person: number): EntityDraft | undefined {
  const units = view.units;
  if (wordOf(units[0]) !== 'in' || units[1]?.kind !== 'actor' || units[1].type !== 'Place' || wordOf(units[2]) !== ',' || person > 6) return undefined;
  const entry = lexicon().gazetteer.get(units[1].candidate.text);
  if (entry?.kind !== 'capital') return undefined;
  const name = lexicon().stateNames.get(entry.key);
  return [...ctx.entities.values()].find((e) => e.type === 'State' && e.name === name);
}

function openingActorBefore(ctx: Context, view: SentenceView): ActorUnit | undefined {
  return ctx.views[view.sentence.index - 1]?.units.slice(0, 2).find((u): u is ActorUnit => isActor(u));
}

/**
 * Whom a title serves when the sentence does not say: "Army chief X" heads the article's one army; "chief
 * executive X told analysts" the company just named, else the one the sentence before is about, else (for a
 * leader) the article's main company; "Labor Minister X" serves the article's home state (its dateline
 * capital's, else the state it names far more than any other). In a match report, players and staff are
 * placed by the clubs themselves, never by the nearest name.
 */
function unnamedEmployer(ctx: Context, view: SentenceView, i: number, title: TitleEntry, role: RelationType): { entity: EntityDraft; how: string; role: RelationType } | undefined {
  const lex = lexicon();
  const titleWords = title.title.split(/\s+/);
  const service = lex.armedServices.find((words) => words.every((w) => titleWords.includes(w)));
  if (service) {
    // "army chief": what the rest of the title is ("chief" leads) says how the holder stands to the army.
    const rest = lex.titles.get(titleWords.filter((w) => !service.includes(w)).join(' '));
    const services = [...ctx.entities.values()].filter((e) => e.armedService);
    const serviceRole: RelationType = rest?.role === 'LEADS' ? 'LEADS' : 'WORKS_FOR';
    return services.length === 1 && services[0] ? { entity: services[0], how: "the article's armed service", role: serviceRole } : undefined;
  }
  // "In Paris, President Emmanuel Macron said": the capital the sentence opens in is the state's.
  const capital = title.scope !== 'group' ? capitalStateBefore(ctx, view, i) : undefined;
  if (capital) return { entity: capital, how: 'the capital the sentence is set in', role };
  if (title.scope === 'state') {
    // "Israel … was sharply critical. Foreign Minister X said": the state the sentence before opens with,
    // else the one the article is filed from or mostly about.
    // Only an office that serves: a leader's state is too weighty a guess to take from the sentence before.
    const opening = openingActorBefore(ctx, view);
    if (opening?.type === 'State' && role === 'WORKS_FOR') return { entity: opening.entity, how: 'the state the sentence before is about', role };
    return ctx.homeState ? { entity: ctx.homeState, how: "the article's home state", role } : undefined;
  }
  if (title.scope !== 'group' || ctx.genre === 'sports') return undefined;
  // A news agency reports; it is never the employer guessed for a title.
  const reporting = (e: EntityDraft) => lex.newsMedia.has(e.name);
  const nearby = [...view.units.slice(0, i)].reverse().find((u): u is ActorUnit => isActor(u) && u.type === 'Group' && !reporting(u.entity));
  if (nearby) return { entity: nearby.entity, how: 'the group just named', role };
  const opening = openingActorBefore(ctx, view);
  if (opening?.type === 'Group' && !reporting(opening.entity)) return { entity: opening.entity, how: 'the group the sentence before is about', role };
  // "Chief Executive X" in a company story leads the company it is about; a "commander" in a war story need not.
  return role === 'LEADS' && ctx.genre === 'business' && ctx.mostMentionedGroup ? { entity: ctx.mostMentionedGroup, how: "the article's main group", role } : undefined;
}

/** "The German leader criticised Hungary": the role reference names the state its holder leads or serves. */
export function roleReferenceRule(ctx: Context, view: SentenceView, emit: Emit): void {
  for (const [i, unit] of view.units.entries()) {
    if (!isActor(unit) || unit.type !== 'Person' || unit.candidate.kind !== 'roleRef' || !unit.candidate.key) continue;
    const role = unit.candidate.titles?.find((t) => t.role !== 'HONORIFIC')?.role;
    const state = ctx.entities.get(entityId('State', lexicon().stateNames.get(unit.candidate.key) ?? unit.candidate.key));
    if (state && (role === 'LEADS' || role === 'WORKS_FOR')) emit({ type: role, source: unit.entity, target: state, confidence: 0.7, rule: 'role-reference', anchor: i });
  }
}

export function roleRule(ctx: Context, view: SentenceView, emit: Emit): void {
  const units = view.units;
  for (let i = 0; i < units.length; i++) {
    const person = units[i];
    if (!isActor(person) || person.type !== 'Person' || !person.candidate.titles || person.candidate.kind === 'roleRef') continue;
    const titles = person.candidate.titles;
    const roleTitle: TitleEntry | undefined = titles.find((t) => t.role !== 'HONORIFIC');
    if (!roleTitle) continue;
    const titleRole = (ctx.genre === 'sports' && roleTitle.sportsRole) || roleTitle.role;
    let role: RelationType | undefined = titleRole === 'LEADS' ? 'LEADS' : titleRole === 'WORKS_FOR' ? 'WORKS_FOR' : undefined;
    if (roleTitle.role === 'COUNTERPART') {
      for (let k = i - 1; k >= 0 && !role; k--) {
        const other = units[k];
        if (isActor(other) && other.type === 'Person') role = ctx.personRoles.get(other.entity.id);
      }
      if (!role) {
        for (const earlier of ctx.views.slice(Math.max(0, view.sentence.index - 2), view.sentence.index).reverse()) {
          const other = earlier.units.find((u): u is ActorUnit => isActor(u) && u.type === 'Person' && ctx.personRoles.has(u.entity.id));
          if (other) { role = ctx.personRoles.get(other.entity.id); break; }
        }
      }
    }
    if (!role) continue;
    // The unit just before the titles: "Israeli", "Hamas", "Trump's", "Ukraine".
    const titleStart = person.candidate.titleStart ?? person.candidate.start;
    let k = i - 1;
    while (k >= 0 && units[k]?.kind === 'word' && (units[k] as { token: { start: number } }).token.start >= (view.sentence.tokens[titleStart]?.start ?? 0)) k--;
    // "Rwandan government spokeswoman X", "Houthi military spokesman Y": qualifiers stand between owner and title.
    const qualifiers = lexicon().titleQualifiers;
    let qualified = 0;
    for (; qualified < 2 && qualifiers.has(wordOf(units[k]) ?? '') && (isActor(units[k - 1]) || qualifiers.has(wordOf(units[k - 1]) ?? '')); qualified++) k--;
    // "EU foreign policy chief X", "Turkish intelligence chief Y": the chief of a field serves the owner.
    if (qualified > 0 && role === 'LEADS' && FIELD_HEADS.has(roleTitle.title)) role = 'WORKS_FOR';
    // "Qatar's Prime Minister and Foreign Minister Sheikh X": the first of two titles, and its owner.
    if (wordOf(units[k]) === 'and') {
      const earlier = ownerOfTitleBefore(ctx, view, k - 1, person.entity);
      if (earlier) {
        ctx.personRoles.set(person.entity.id, earlier.role);
        emit({ type: earlier.role, source: person.entity, target: earlier.entity, confidence: 0.8, rule: `title (two titles):${earlier.title}`, anchor: i });
        continue;
      }
    }
    // "his spokesman X", "its chief executive X", "the group's spokesman X": the owner the title belongs to.
    const determiner = wordOf(units[k]) ?? '';
    // "his counterpart X" is the other side's officer, not his.
    const owner = roleTitle.role === 'COUNTERPART' ? undefined : ownerOfTitle(ctx, view, k, person.entity);
    if (['the', 'his', 'her', 'its', 'their'].includes(determiner)) k--;
    const unitBefore = units[k];
    if (unitBefore?.kind === 'actor' && unitBefore.type === 'Place') k--;
    let anchor: Unit | undefined = units[k];
    let rule = 'title';
    if (owner) {
      const finalRole: RelationType = owner.type === 'Person' ? 'WORKS_FOR' : role;
      ctx.personRoles.set(person.entity.id, role);
      emit({ type: finalRole, source: person.entity, target: owner, confidence: 0.7, rule: `title (owner ${determiner === "'s" ? 'named' : 'pronoun'}):${roleTitle.title}`, anchor: i });
      continue;
    }
    if (!isActor(anchor) && wordOf(units[k]) === ',') {
      // "Congo's army spokesman, Maj. Gen. X,", "its top commander, X,": the title before the comma is X's,
      // and so is its owner.
      const before = ownerOfTitleBefore(ctx, view, k - 1, person.entity);
      if (before) {
        ctx.personRoles.set(person.entity.id, before.role);
        emit({ type: before.role, source: person.entity, target: before.entity, confidence: 0.75, rule: `title before comma:${before.title}`, anchor: i });
        continue;
      }
    }
    if (!isActor(anchor)) {
      // "X, a spokesman for Y"; "analyst X of Y"; "Trump's advisors, including envoy X".
      const after = wordOf(units[i + 1]);
      if ((after === 'of' || after === 'at' || after === 'for') && isActor(units[i + 2]) && (units[i + 2] as ActorUnit).type !== 'Person') { anchor = units[i + 2]; rule = `title … ${after}`; }
      else if (wordOf(units[k]) === 'including') {
        for (let b = k - 1; b >= Math.max(0, k - 4); b--) {
          const u = units[b];
          if (isActor(u) && u.possessive) { anchor = u; rule = 'title (including, after owner)'; break; }
        }
      }
    }
    if (isActor(anchor) && anchor.entity !== person.entity) {
      const target = anchor.entity;
      // "a senior Hamas commander": one of its commanders serves it; "Hamas leader X" leads it.
      const oneOfMany = [1, 2].some((back) => ONE_OF_MANY.has(wordOf(units[k - back]) ?? ''));
      const finalRole: RelationType = target.type === 'Person' || (role === 'LEADS' && oneOfMany) ? 'WORKS_FOR' : role;
      ctx.personRoles.set(person.entity.id, role);
      emit({ type: finalRole, source: person.entity, target, confidence: rule === 'title' ? 0.85 : 0.75, rule: `${rule}:${roleTitle.title}`, anchor: i });
    } else {
      ctx.personRoles.set(person.entity.id, role);
      const employer = unnamedEmployer(ctx, view, i, roleTitle, role);
      // The army an "army chief" heads is named by the title itself; the others are guesses.
      const named = employer?.how === "the article's armed service";
      if (employer) emit({ type: employer.role, source: person.entity, target: employer.entity, confidence: named ? 0.7 : 0.5, rule: `title:${roleTitle.title} (${employer.how})`, anchor: i, fallback: !named });
    }
  }
}

const FIELD_HEADS = new Set(['chief', 'head']);
const FIELD_TITLES = new Set(['researcher', 'analyst', 'specialist', 'expert', 'scholar', 'fellow', 'economist', 'correspondent', 'strategist']);

/** The owner of a title that ends at unit `end`, past a qualifier or two, and the role the title gives:
 * "Congo's army spokesman", "Qatar's Prime Minister", "its top commander". */
function ownerOfTitleBefore(ctx: Context, view: SentenceView, end: number, person: EntityDraft): { entity: EntityDraft; role: RelationType; title: string } | undefined {
  const lex = lexicon();
  const units = view.units;
  for (let n = 3; n >= 1; n--) {
    const words = units.slice(end - n + 1, end + 1).map(wordOf);
    const entry = words.length === n && !words.some((w) => w === undefined) ? lex.titles.get(words.join(' ')) : undefined;
    if (!entry || (entry.role !== 'LEADS' && entry.role !== 'WORKS_FOR')) continue;
    let b = end - n;
    let qualified = 0;
    for (; qualified < 2 && lex.titleQualifiers.has(wordOf(units[b]) ?? ''); qualified++) b--;
    const role: RelationType = entry.role === 'LEADS' && !(qualified > 0 && FIELD_HEADS.has(entry.title)) ? 'LEADS' : 'WORKS_FOR';
    const owner = units[b];
    const word = wordOf(owner);
    // "its top commander": the owner a pronoun stands for.
    const entity = isActor(owner) && owner.type !== 'Person' ? owner.entity : word === 'its' || word === 'his' || word === 'her' ? pronounActor(ctx, view, b) : undefined;
    return entity && entity !== person ? { entity, role: entity.type === 'Person' ? 'WORKS_FOR' : role, title: entry.title } : undefined;
  }
  return undefined;
}

/** "X, a spokesman for Y" / "X, chief executive of Y": a title in apposition after the name. */
const APPOSITION_RANKS = new Set(['senior', 'top', 'longtime', 'close', 'chief']);

export function appositionRoleRule(ctx: Context, view: SentenceView, emit: Emit): void {
  const units = view.units;
  const lex = lexicon();
  for (let i = 2; i < units.length; i++) {
    // "The ELN's chief negotiator, Pablo Beltran, said": an owner's title set before the name by a comma.
    const named = units[i];
    if (!isActor(named) || named.type !== 'Person' || named.candidate.titles?.length || wordOf(units[i - 1]) !== ',') continue;
    const before = ownerOfTitleBefore(ctx, view, i - 2, named.entity);
    if (before) emit({ type: before.role, source: named.entity, target: before.entity, confidence: 0.75, rule: `title before comma:${before.title}`, anchor: i });
  }
  for (let i = 0; i + 3 < units.length; i++) {
    const person = units[i];
    if (!isActor(person) || person.type !== 'Person' || wordOf(units[i + 1]) !== ',') continue;
    let k = i + 2;
    if (['a', 'an', 'the'].includes(wordOf(units[k]) ?? '')) k++;
    // "X, senior adviser to Y": a rank word before the title; "X, a former minister" holds no office now.
    if (wordOf(units[k]) === 'former') continue;
    if (APPOSITION_RANKS.has(wordOf(units[k]) ?? '')) k++;
    // "X, Qatar's minister of state", "X, the senior U.S. adviser for Africa", "X, the U.N. humanitarian chief":
    // the state or group the title belongs to stands before it, with a qualifier or two.
    const ownerUnit = units[k];
    // "X, a Syria researcher at Chatham House": after "a", a state before a scholar's title is their field.
    const field = ['a', 'an'].includes(wordOf(units[k - 1]) ?? '') && isActor(ownerUnit) && ownerUnit.type === 'State' && FIELD_TITLES.has(wordOf(units[k + 1]) ?? '');
    const owner = isActor(ownerUnit) && ownerUnit.type !== 'Person' && ownerUnit.type !== 'Place' && !field ? ownerUnit : undefined;
    if (owner) k++;
    let title: TitleEntry | undefined;
    // With an owner, qualifiers may stand before the title ("the U.N. humanitarian chief"); without one, a
    // field of up to two words ("X, a Syria researcher at Chatham House", "an energy analyst at Morningstar").
    const fieldWord = (u: Unit | undefined) => u !== undefined && wordOf(u) !== ',' && !isBoundary(u) && !(isActor(u) && u.type === 'Person');
    for (let skip = 0; skip <= 2 && !title; skip++) {
      const skipped = units[k + skip - 1];
      if (skip > 0 && (owner ? !lex.titleQualifiers.has(wordOf(skipped) ?? '') : !fieldWord(skipped))) break;
      for (let n = 3; n >= 1 && !title; n--) {
        const words = units.slice(k + skip, k + skip + n).map(wordOf);
        if (words.some((w) => w === undefined)) continue;
        const entry = lex.titles.get(words.join(' '));
        if (entry && entry.role !== 'HONORIFIC' && entry.role !== 'COUNTERPART') { title = entry; k += skip + n; }
      }
    }
    if (!title) continue;
    const preposition = wordOf(units[k]);
    // "adviser to U.S. President Donald Trump": the state only titles the person after it.
    const targetAt = titledPersonAfter(view, k + 1) ?? (wordOf(units[k + 1]) === 'the' && isActor(units[k + 2]) ? k + 2 : k + 1);
    const targetUnit = units[targetAt];
    let target = isActor(targetUnit) ? targetUnit.entity : undefined;
    // "a spokesman for the rebel alliance": the group named before.
    const anaphor = [k + 2, k + 3].some((n) => wordOf(units[k + 1]) === 'the' && lex.groupAnaphors.has(wordOf(units[n]) ?? ''));
    if (!target && anaphor) target = antecedentGroup(ctx, view.sentence.index, i);
    const advises = preposition === 'to' && /^advis/.test(title.title);
    // "the U.N. special envoy for Libya": an envoy for a state is sent to it, by the owner named before.
    const sentTo = owner && target?.type === 'State' && /envoy|ambassador|representative|coordinator/.test(title.title);
    if (!sentTo && (((preposition === 'for' || preposition === 'of' || preposition === 'at') && target && target.type !== 'Person') || (advises && target))) {
      const role = title.role === 'LEADS' && target.type !== 'Person' ? 'LEADS' : 'WORKS_FOR';
      emit({ type: role, source: person.entity, target, confidence: 0.8, rule: `apposition:${title.title} ${preposition}`, anchor: i });
    } else if (owner && title.role !== 'HONORIFIC') {
      // A "chief" of a field ("the U.N. humanitarian chief") serves the owner; a bare "chief" or "leader" leads it.
      // So does the "president of basketball operations": an office of a department, not of the whole.
      const qualified = wordOf(units[k - 2]) !== undefined && lex.titleQualifiers.has(wordOf(units[k - 2]) ?? '');
      const department = preposition === 'of' && !isActor(units[k + 1]);
      const role: RelationType = title.role === 'LEADS' && !qualified && !department ? 'LEADS' : 'WORKS_FOR';
      emit({ type: role, source: person.entity, target: owner.entity, confidence: 0.75, rule: `apposition:${title.title} (owner before)`, anchor: i });
    }
  }
}

/** The actor at `from`, or the titled person whose title starts there ("General X" after "the army of"). */
function titledActorFrom(view: SentenceView, from: number): ActorUnit | undefined {
  const first = view.units[from];
  if (isActor(first)) return first;
  if (first?.kind !== 'word') return undefined;
  for (let k = from + 1; k < Math.min(view.units.length, from + 5); k++) {
    const unit = view.units[k];
    if (unit?.kind !== 'actor') continue;
    const titleStart = unit.candidate.titleStart;
    return isActor(unit) && titleStart !== undefined && (view.sentence.tokens[titleStart]?.start ?? Infinity) <= first.token.start ? unit : undefined;
  }
  return undefined;
}

/** "Chelsea's Cole Palmer": a group's person, named with no title, works for it. "The army of General X",
 * "the forces of X": the group a person owns is one they lead. */
export function groupPossessiveRule(view: SentenceView, emit: Emit): void {
  const units = view.units;
  for (let i = 0; i + 1 < units.length; i++) {
    const owner = units[i];
    const person = units[i + 1];
    const leader = wordOf(person) === 'of' ? titledActorFrom(view, i + 2) : undefined;
    if (isActor(owner) && owner.type === 'Group' && !owner.possessive && leader?.type === 'Person') {
      emit({ type: 'LEADS', source: leader.entity, target: owner.entity, confidence: 0.7, rule: 'noun:group of person', anchor: i });
    }
    if (!isActor(owner) || !owner.possessive || owner.type !== 'Group' || !isActor(person) || person.type !== 'Person' || person.candidate.titles) continue;
    emit({ type: 'WORKS_FOR', source: person.entity, target: owner.entity, confidence: 0.7, rule: "possessive:group's person", anchor: i + 1 });
  }
}
