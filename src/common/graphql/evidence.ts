import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { IsInt, MaxLength, Min } from 'class-validator';
import { UserError, userError } from '../user-errors';

/**
 * The words in a report that support a fact: offsets into the report text as JavaScript string
 * indices, so `text === report.text.slice(start, end)`. Extraction drafts carry these, and a
 * meeting recorded from a draft keeps them beside the fact.
 */
@ObjectType({ description: 'The words of a report that support a fact, with their offsets.' })
export class Evidence {
  @Field(() => Int, { description: 'Offset of the first character (JavaScript string index).' })
  start!: number;

  @Field(() => Int, { description: 'Offset just past the last character.' })
  end!: number;

  @Field({ description: 'The quoted words: report.text.slice(start, end).' })
  text!: string;
}

@InputType({ description: 'Evidence for a fact, as an extraction draft gives it.' })
export class EvidenceInput {
  @Field(() => Int, { description: 'Offset of the first character (JavaScript string index).' })
  @IsInt()
  @Min(0)
  start!: number;

  @Field(() => Int, { description: 'Offset just past the last character.' })
  @IsInt()
  @Min(0)
  end!: number;

  @Field({ description: 'The quoted words.' })
  @MaxLength(2000)
  text!: string;
}

/** How many pieces of evidence one fact may carry. */
export const MAX_EVIDENCE = 20;

/**
 * Checks evidence offsets (0 <= start < end, text as long as the span) and answers the
 * problems with their index, so the caller can name the field; stores plain objects.
 */
export function checkEvidence(evidence: readonly EvidenceInput[] | undefined): {
  items: Evidence[];
  problems: { index: number; field: 'end' | 'text'; message: string }[];
} {
  const items: Evidence[] = [];
  const problems: { index: number; field: 'end' | 'text'; message: string }[] = [];
  (evidence ?? []).forEach(({ start, end, text }, index) => {
    if (end <= start) problems.push({ index, field: 'end', message: 'must be greater than start' });
    else if (text.length !== end - start) {
      problems.push({
        index,
        field: 'text',
        message: `must be the ${end - start} characters from start to end`,
      });
    }
    items.push({ start, end, text });
  });
  return { items, problems };
}

/** Evidence of one fact as stored; its problems are added to `errors` under `at`. */
export function evidenceAt(
  errors: UserError[],
  at: (string | number)[],
  evidence: EvidenceInput[] | undefined,
): Evidence[] {
  const { items, problems } = checkEvidence(evidence);
  for (const p of problems) {
    errors.push(userError([...at, 'evidence', p.index, p.field], p.message));
  }
  return items;
}
