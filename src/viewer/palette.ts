// Colours and sizes as data: one colour per entity type and per relation type.
import type { EntityType, RelationType } from '../types.js';

export const ENTITY_COLOURS: Record<EntityType, string> = {
  Person: '#3b6fb6',
  State: '#d0514a',
  Group: '#e39b2d',
  Place: '#4f9d69',
};

export const RELATION_COLOURS: Record<RelationType, string> = {
  MEETS: '#2a9d8f',
  MEDIATES: '#7b5ea7',
  REJECTS: '#c0392b',
  NEGOTIATES_WITH: '#3d85c6',
  ATTACKS: '#8b1e1e',
  FIGHTS: '#e76f51',
  SUPPORTS: '#3f9f5f',
  PRESSURES: '#d4892a',
  CRITICIZES: '#b05fa8',
  LEADS: '#5d6d7e',
  WORKS_FOR: '#7f8c9d',
  MEMBER_OF: '#99a3ad',
};

export const DIMMED_NODE = '#e3e6ea';
export const DIMMED_EDGE = '#eef0f2';
export const FALLBACK_COLOUR = '#888888';

const MAX_NODE_SIZE = 26;
/** Graphs above this many nodes get smaller discs, so they do not cover each other. */
const CROWDED_ORDER = 300;
const minNodeSize = (order: number) => (order > CROWDED_ORDER ? 2 : 5);

/** Square root so hubs stand out without swallowing the picture; smaller discs when there are many. */
export function sizeForDegree(degree: number, order = 0): number {
  return Math.min(MAX_NODE_SIZE, minNodeSize(order) + (order > CROWDED_ORDER ? 1.4 : 3.2) * Math.sqrt(degree));
}

/** A score relative to the highest, on the same range as degree sizes; square root as for degree. */
export function sizeForScore(score: number, highest: number, order = 0): number {
  const share = highest > 0 ? Math.max(0, score) / highest : 0;
  return minNodeSize(order) + (MAX_NODE_SIZE - minNodeSize(order)) * Math.sqrt(share);
}

/** Colours for communities: distinct from each other, reused in turn when there are more communities. */
export const COMMUNITY_COLOURS = [
  '#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#7f7f7f',
  '#393b79', '#e7969c',
];
/** An entity without relations is a community of one: grey, so colour means "grouped with others". */
export const LONE_COMMUNITY_COLOUR = '#b8bfc7';
