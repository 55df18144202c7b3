// The shapes pass 3 shares: a reading (one typed relation and the evidence for it), the article context the
// rules read and update, the actors found around a word, and how a rule emits a reading.
import type { RelationStatus, RelationType } from '../../types.js';
import type { EntityDraft } from '../resolve.js';
import type { SentenceView } from '../units.js';
import type { Genre } from '../genre.js';

export interface Reading {
  type: RelationType;
  source: EntityDraft;
  target: EntityDraft;
  sentence: number;
  confidence: number;
  rule: string;
  status?: RelationStatus;
  object?: string;
  /** Unit index of the word that triggered the rule, to find the nearest date. */
  anchor: number;
  /** A guess made only because the text named no one: dropped when another rule gives the same person a role. */
  fallback?: boolean;
}

export interface Context {
  views: SentenceView[];
  /** Every entity of the article by id: the state a role reference names ("the German leader"). */
  entities: Map<string, EntityDraft>;
  /** The two sides of the talks the article is about, once known: what "mediator X" mediates between. */
  talkParties: EntityDraft[];
  /** The latest two states or groups in talks, a meeting, a fight or an attack: what "both sides" names. */
  sides: EntityDraft[];
  /** Who carried out the latest attack read, and in which sentence: what "condemned the attack" condemns. */
  lastAttack?: { attacker: EntityDraft; sentence: number; rule: string };
  /** Person id → relation type their title gave them, for "his counterpart". */
  personRoles: Map<string, RelationType>;
  /** The two people of the latest meeting read: whom "the meeting, hosted by X" had X meet. */
  lastMeeting?: { people: EntityDraft[]; sentence: number };
  /** Person id → the state they lead or serve, once read: two such people meeting puts their states in talks. */
  personStates: Map<string, EntityDraft>;
  mostMentionedGroup: EntityDraft | undefined;
  /** The state the article is written from: its dateline capital's, else the one it names far more than others. */
  homeState: EntityDraft | undefined;
  /** What the article is: titles may mean other roles in a sports report. */
  genre: Genre;
}

export interface Found { entities: EntityDraft[]; first: number; last: number; viaPronoun: boolean }

export type Emit = (reading: Omit<Reading, 'sentence'>) => void;
