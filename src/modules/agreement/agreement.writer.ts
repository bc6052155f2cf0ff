import { Agreement } from './agreement.entity';
import { CreateAgreementInput, UpdateAgreementInput } from './agreement.inputs';
import type { AtlasUser } from '../../common/auth/roles';
import { UserError } from '../../common/user-errors';
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

/** Writes of agreements; each method is one audited transaction answering userErrors. */
export class AgreementWriter extends Writer {
  create(input: CreateAgreementInput, user?: AtlasUser) {
    return this.write(user, 'createAgreement', input, async (em) => {
      const refs = new References(em);
      const start = partialDateInput(refs.errors, ['input', 'start'], input.start);
      const countryIds: number[] = [];
      for (const [i, c] of input.countries.entries())
        countryIds.push(await refs.party(c, ['input', 'countries', i]));
      const orgIds: number[] = [];
      for (const [i, k] of input.organizations.entries())
        orgIds.push(await refs.organization(k, ['input', 'organizations', i]));
      const sectorIds: number[] = [];
      for (const [i, c] of input.sectors.entries())
        sectorIds.push(await refs.sector(c, ['input', 'sectors', i]));
      const sourceIds: number[] = [];
      for (const [i, u] of input.sources.entries())
        sourceIds.push(await refs.source(u, ['input', 'sources', i]));
      throwIfAny(refs.errors);
      const { result, created } = await createIdempotent(
        em,
        Agreement,
        'Agreement',
        { key: input.key },
        {
          name: input.name,
          kind: input.kind,
          summary: input.summary,
          startDate: start?.date ?? null,
          startPrecision: start?.precision ?? null,
        },
        ['input', 'key'],
      );
      if (created) {
        await link(em, 'agreement_country', 'agreement_id', result.id, 'country_id', countryIds);
        await link(
          em,
          'agreement_organization',
          'agreement_id',
          result.id,
          'organization_id',
          orgIds,
        );
        await link(em, 'agreement_sector', 'agreement_id', result.id, 'sector_id', sectorIds);
        await link(em, 'agreement_source', 'agreement_id', result.id, 'source_id', sourceIds);
      }
      return { result };
    });
  }

  update(input: UpdateAgreementInput, user?: AtlasUser) {
    return this.write(user, 'updateAgreement', input, async (em) => {
      const id = globalIdOrFail(input.id, 'Agreement', ['input', 'id']);
      const errors: UserError[] = [];
      const start =
        input.start === undefined
          ? undefined
          : partialDateInput(errors, ['input', 'start'], input.start || null);
      throwIfAny(errors);
      const refs = new References(em);
      const resolve = async (
        values: string[] | undefined,
        field: string,
        lookup: (value: string, path: (string | number)[]) => Promise<number>,
      ) => {
        if (values === undefined) return undefined;
        const ids: number[] = [];
        for (const [i, value] of values.entries())
          ids.push(await lookup(value, ['input', field, i]));
        return ids;
      };
      const links = {
        country: await resolve(input.countries, 'countries', (c, p) => refs.party(c, p)),
        organization: await resolve(input.organizations, 'organizations', (k, p) =>
          refs.organization(k, p),
        ),
        sector: await resolve(input.sectors, 'sectors', (c, p) => refs.sector(c, p)),
        source: await resolve(input.sources, 'sources', (u, p) => refs.source(u, p)),
      };
      throwIfAny(refs.errors);
      const result = await updateVersioned(
        em,
        Agreement,
        'Agreement',
        id,
        input.version,
        {
          name: input.name,
          kind: input.kind,
          summary: input.summary,
          startDate: start === undefined ? undefined : (start?.date ?? null),
          startPrecision: start === undefined ? undefined : (start?.precision ?? null),
        },
        async () => {
          let moved = 0;
          for (const [target, ids] of Object.entries(links)) {
            if (ids) {
              moved += await relink(
                em,
                `agreement_${target}`,
                'agreement_id',
                id,
                `${target}_id`,
                ids,
              );
            }
          }
          return moved;
        },
      );
      return { result };
    });
  }

  delete(id: string, version: number | undefined, user?: AtlasUser) {
    return this.deleteById(user, 'deleteAgreement', Agreement, 'Agreement', id, version);
  }
}
