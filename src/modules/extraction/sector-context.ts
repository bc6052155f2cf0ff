import { PartyMention } from './gazetteer';
import { SectorMention } from './sector-matcher';

/**
 * A gathering named as the occasion of something ("on the sidelines of the East Asia Summit",
 * "attend the upcoming G20 Leaders' Summit", "after the Gulf Cooperation Council Summit", "agreed
 * to hold an online summit"): the setting, not cooperation within it.
 */
const OCCASION =
  /\b(?:sidelines of|attend\w*|during|ahead of|on the eve of|after|before|upcoming|to hold|visit\w* to)\s+(?:the\s+|an?\s+)?(?:[\p{L}\d'’()-]+\s+){0,6}$/u;

/** "reconstruction of the damaged section of the pipeline": of a thing, not of a country. */
const OF_A_THING =
  /^\s+of\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}(?:section|building|bridge|road|pipeline|plant|port|facility|infrastructure|house|school|hospital)s?\b/u;

const CONDITIONS =
  /\b(?:favou?rable|conducive|enabling|positive|good|better|stable|secure|safe|business|investment|security|political)\s+$/i;

/** Sector words that, here, name the setting of the talks or a thing rather than a sector. */
export function contextOnly(
  text: string,
  mention: SectorMention,
  parties: PartyMention[],
): boolean {
  if (mention.code === 'multilateral') {
    const before = text.slice(Math.max(0, mention.start - 70), mention.start);
    return OCCASION.test(before) && !/[.;:!?]/.test(before.slice(-40));
  }
  // "a favourable environment for implementing the deal": conditions, not nature
  if (/^environment$/i.test(mention.text))
    return CONDITIONS.test(text.slice(Math.max(0, mention.start - 30), mention.start));
  if (mention.code === 'reconstruction') {
    const after = text.slice(mention.end, mention.end + 60);
    return (
      OF_A_THING.test(after) &&
      !parties.some((p) => p.start > mention.end && p.start < mention.end + 30)
    );
  }
  return false;
}
