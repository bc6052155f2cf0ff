import { Organization } from './organization.entity';
import { CreateOrganizationInput, UpdateOrganizationInput } from './organization.inputs';
import type { AtlasUser } from '../../common/auth/roles';
import { createIdempotent, globalIdOrFail, throwIfAny, updateVersioned } from '../../common/writes';
import { Writer } from '../../common/writer';
import { link, relink } from '../../common/links';
import { References } from '../references/references';

/** Writes of organizations; each method is one audited transaction answering userErrors. */
export class OrganizationWriter extends Writer {
  create(input: CreateOrganizationInput, user?: AtlasUser) {
    return this.write(user, 'createOrganization', input, async (em) => {
      const refs = new References(em);
      const countryIds: number[] = [];
      for (const [i, code] of input.countries.entries()) {
        countryIds.push(await refs.party(code, ['input', 'countries', i]));
      }
      const parentId = input.parent
        ? await refs.organization(input.parent, ['input', 'parent'])
        : null;
      throwIfAny(refs.errors);
      const { result, created } = await createIdempotent(
        em,
        Organization,
        'Organization',
        { key: input.key },
        { name: input.name, kind: input.kind, acronym: input.acronym ?? null, parentId },
        ['input', 'key'],
      );
      if (created)
        await link(
          em,
          'organization_country',
          'organization_id',
          result.id,
          'country_id',
          countryIds,
        );
      return { result };
    });
  }

  update(input: UpdateOrganizationInput, user?: AtlasUser) {
    return this.write(user, 'updateOrganization', input, async (em) => {
      const id = globalIdOrFail(input.id, 'Organization', ['input', 'id']);
      const refs = new References(em);
      const countryIds: number[] = [];
      for (const [i, code] of (input.countries ?? []).entries()) {
        countryIds.push(await refs.party(code, ['input', 'countries', i]));
      }
      throwIfAny(refs.errors);
      const result = await updateVersioned(
        em,
        Organization,
        'Organization',
        id,
        input.version,
        {
          name: input.name,
          kind: input.kind,
          acronym: input.acronym === '' ? null : input.acronym,
        },
        async () =>
          input.countries
            ? relink(em, 'organization_country', 'organization_id', id, 'country_id', countryIds)
            : 0,
      );
      return { result };
    });
  }

  delete(id: string, version: number | undefined, user?: AtlasUser) {
    return this.deleteById(user, 'deleteOrganization', Organization, 'Organization', id, version);
  }
}
