import 'reflect-metadata';
import { buildDrafts, EngineDraft } from '../../src/modules/extraction/draft-builder';
import { engineContext } from './dev-set/score';

/** The reader as the rule tests call it, and the short forms they compare. */
export const context = engineContext();

export const read = (text: string, publishedAt?: string, outlet?: string) =>
  buildDrafts(text, { publishedAt, outlet }, context);

const top = new Map(context.sectors.map((s) => [s.code, s.top]));
export const pairs = (draft: EngineDraft) =>
  [...new Set(draft.interests.map((i) => `${i.party} ${top.get(i.sector)}`))].sort();
export const sides = (draft: EngineDraft) => draft.parties.map((p) => p.code).sort();
export const people = (draft: EngineDraft) => draft.participants.map((p) => `${p.name}/${p.party}`);
export const dates = (text: string, publishedAt?: string, outlet?: string) =>
  read(text, publishedAt, outlet).map((d) => d.date?.date ?? null);
