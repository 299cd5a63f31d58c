/** Facet statuses and value roles in words, for chips, legends and tooltips. */
import type { FacetStatus, GroupRole, StoryCounts } from '../types.js';

/** The statuses, worst last, as the board and the facet table order them. */
export const STATUSES: readonly FacetStatus[] = ['corroborated', 'single-source', 'contradicted', 'denied'];

/** What each status means (docs/corroboration.md). */
export const STATUS_TEXT: Readonly<Record<FacetStatus, string>> = {
  corroborated: 'two or more independent origins agree (allowing for approximations)',
  'single-source': 'only one origin says it; copies of it do not count',
  contradicted: 'independent origins give values that conflict, and no update over time explains it',
  denied: 'a party denies it',
};

/** A story's facet count for a status. */
export function statusCount(counts: StoryCounts, status: FacetStatus): number {
  switch (status) {
    case 'corroborated':
      return counts.corroborated;
    case 'single-source':
      return counts.singleSource;
    case 'contradicted':
      return counts.contradicted;
    case 'denied':
      return counts.denied;
  }
}

/** What part a group of values plays, in words. */
export const ROLE_TEXT: Readonly<Record<GroupRole, string>> = {
  current: 'the value as it stands',
  earlier: 'an earlier value, later raised (an update, not a conflict)',
  conflicting: 'conflicts with the value as it stands',
  compatible: 'a bound or vague reading that fits the value',
  weak: 'a weak reading that fits no value; never held against anyone',
  denial: 'the denial',
  reference: 'figures of the story this one was compared with',
};

/** How a report relates to the one it derives from, in words. */
export const RELATION_TEXT: Readonly<Record<string, string>> = {
  'syndicated-copy': 'syndicated copy of',
  'near-duplicate': 'near-duplicate of',
  rewrite: 'rewrite of',
  'credited-translation': 'translation of',
  'credited-source': 'credits',
  'relays-statement': 'relays a statement in',
};
