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

/** Square root so hubs stand out without swallowing the picture; smaller discs when there are many. */
export function sizeForDegree(degree: number, order = 0): number {
  const crowded = order > 300;
  return Math.min(26, (crowded ? 2 : 5) + (crowded ? 1.4 : 3.2) * Math.sqrt(degree));
}
