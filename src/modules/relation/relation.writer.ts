import { BilateralRelation } from './relation.entity';
import { CreateRelationInput, UpdateRelationInput } from './relation.inputs';
import type { AtlasUser } from '../../common/auth/roles';
import { UserError, userError } from '../../common/user-errors';
import {
  createIdempotent,
  globalIdOrFail,
  partialDateInput,
  throwIfAny,
  updateVersioned,
} from '../../common/writes';
import { Writer } from '../../common/writer';
import { link, relink } from '../../common/links';
import { References } from '../references/references';

/** Writes of bilateral relations; each method is one audited transaction answering userErrors. */
export class RelationWriter extends Writer {
  create(input: CreateRelationInput, user?: AtlasUser) {
    return this.write(user, 'createBilateralRelation', input, async (em) => {
      const refs = new References(em);
      const a = await refs.party(input.parties[0], ['input', 'parties', 0]);
      const b = await refs.party(input.parties[1], ['input', 'parties', 1]);
      if (a && a === b)
        refs.errors.push(userError(['input', 'parties'], 'must be two different parties'));
      const established = partialDateInput(
        refs.errors,
        ['input', 'established'],
        input.established,
      );
      const sourceIds: number[] = [];
      for (const [i, url] of input.sources.entries())
        sourceIds.push(await refs.source(url, ['input', 'sources', i]));
      throwIfAny(refs.errors);
      const [countryAId, countryBId] = [a, b].sort((x, y) => x - y);
      const { result, created } = await createIdempotent(
        em,
        BilateralRelation,
        'BilateralRelation',
        { countryAId, countryBId },
        {
          establishedOn: established!.date,
          establishedPrecision: established!.precision,
          note: input.note ?? null,
        },
        ['input', 'parties'],
      );
      if (created)
        await link(
          em,
          'bilateral_relation_source',
          'bilateral_relation_id',
          result.id,
          'source_id',
          sourceIds,
        );
      return { result };
    });
  }

  update(input: UpdateRelationInput, user?: AtlasUser) {
    return this.write(user, 'updateBilateralRelation', input, async (em) => {
      const id = globalIdOrFail(input.id, 'BilateralRelation', ['input', 'id']);
      const errors: UserError[] = [];
      const established =
        input.established === undefined
          ? undefined
          : partialDateInput(errors, ['input', 'established'], input.established);
      throwIfAny(errors);
      const refs = new References(em);
      const sourceIds: number[] = [];
      for (const [i, url] of (input.sources ?? []).entries()) {
        sourceIds.push(await refs.source(url, ['input', 'sources', i]));
      }
      throwIfAny(refs.errors);
      const result = await updateVersioned(
        em,
        BilateralRelation,
        'BilateralRelation',
        id,
        input.version,
        {
          establishedOn: established?.date,
          establishedPrecision: established?.precision,
          note: input.note === '' ? null : input.note,
        },
        async () =>
          input.sources
            ? relink(
                em,
                'bilateral_relation_source',
                'bilateral_relation_id',
                id,
                'source_id',
                sourceIds,
              )
            : 0,
      );
      return { result };
    });
  }

  delete(id: string, version: number | undefined, user?: AtlasUser) {
    return this.deleteById(
      user,
      'deleteBilateralRelation',
      BilateralRelation,
      'BilateralRelation',
      id,
      version,
    );
  }
}
