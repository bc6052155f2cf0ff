import {
  AddPositionInput,
  CreatePersonInput,
  UpdatePersonInput,
  UpdatePositionInput,
} from './person.inputs';
import type { AtlasUser } from '../../common/auth/roles';
import { fail, UserError, userError, UserErrorCode } from '../../common/user-errors';
import {
  createIdempotent,
  globalIdOrFail,
  partialDateInput,
  throwIfAny,
  updateVersioned,
} from '../../common/writes';
import { Writer } from '../../common/writer';
import { References } from '../references/references';
import { Person } from './person.entity';
import { Position } from './position.entity';

/** Writes of people and positions; each method is one audited transaction answering userErrors. */
export class PersonWriter extends Writer {
  create(input: CreatePersonInput, user?: AtlasUser) {
    return this.write(user, 'createPerson', input, async (em) => {
      const existing = await em.findOneBy(Person, { key: input.key });
      const refs = new References(em);
      const countryId = input.country
        ? await refs.party(input.country, ['input', 'country'])
        : null;
      throwIfAny(refs.errors);
      if (existing) {
        const { result } = await createIdempotent(
          em,
          Person,
          'Person',
          { key: input.key },
          { name: input.name, countryId },
          ['input', 'key'],
        );
        return { result };
      }
      const id = await refs.person(
        { key: input.key, name: input.name, country: input.country, positions: input.positions },
        ['input'],
      );
      throwIfAny(refs.errors);
      return { result: await em.findOneByOrFail(Person, { id }) };
    });
  }

  update(input: UpdatePersonInput, user?: AtlasUser) {
    return this.write(user, 'updatePerson', input, async (em) => {
      const id = globalIdOrFail(input.id, 'Person', ['input', 'id']);
      const refs = new References(em);
      const countryId =
        input.country === undefined
          ? undefined
          : input.country === ''
            ? null
            : await refs.party(input.country, ['input', 'country']);
      throwIfAny(refs.errors);
      const result = await updateVersioned(em, Person, 'Person', id, input.version, {
        name: input.name,
        countryId,
      });
      return { result };
    });
  }

  delete(id: string, version: number | undefined, user?: AtlasUser) {
    return this.deleteById(user, 'deletePerson', Person, 'Person', id, version);
  }

  addPosition(input: AddPositionInput, user?: AtlasUser) {
    return this.write(user, 'addPosition', input, async (em) => {
      const personId = globalIdOrFail(input.personId, 'Person', ['input', 'personId']);
      if (!(await em.findOneBy(Person, { id: personId }))) {
        fail(['input', 'personId'], 'no person has this ID', UserErrorCode.NOT_FOUND);
      }
      const refs = new References(em);
      const organizationId = input.organization
        ? await refs.organization(input.organization, ['input', 'organization'])
        : null;
      const start = partialDateInput(refs.errors, ['input', 'start'], input.start);
      const end = partialDateInput(refs.errors, ['input', 'end'], input.end);
      if (start && end && end.date < start.date)
        refs.errors.push(userError(['input', 'end'], 'must not be before start'));
      throwIfAny(refs.errors);
      const { result } = await createIdempotent(
        em,
        Position,
        'Position',
        { personId, title: input.title },
        {
          rank: input.rank,
          organizationId,
          startDate: start?.date ?? null,
          startPrecision: start?.precision ?? null,
          endDate: end?.date ?? null,
          endPrecision: end?.precision ?? null,
        },
        ['input', 'title'],
      );
      return { result };
    });
  }

  updatePosition(input: UpdatePositionInput, user?: AtlasUser) {
    return this.write(user, 'updatePosition', input, async (em) => {
      const id = globalIdOrFail(input.id, 'Position', ['input', 'id']);
      const current = await em.findOneBy(Position, { id });
      if (!current) fail(['input', 'id'], 'no position has this ID', UserErrorCode.NOT_FOUND);
      const errors: UserError[] = [];
      const start =
        input.start === undefined
          ? current.startDate
            ? { date: current.startDate, precision: current.startPrecision! }
            : null
          : partialDateInput(errors, ['input', 'start'], input.start || null);
      const end =
        input.end === undefined
          ? current.endDate
            ? { date: current.endDate, precision: current.endPrecision! }
            : null
          : partialDateInput(errors, ['input', 'end'], input.end || null);
      if (start && end && end.date < start.date)
        errors.push(userError(['input', 'end'], 'must not be before start'));
      throwIfAny(errors);
      const result = await updateVersioned(em, Position, 'Position', id, input.version, {
        title: input.title,
        rank: input.rank,
        startDate: start?.date ?? null,
        startPrecision: start?.precision ?? null,
        endDate: end?.date ?? null,
        endPrecision: end?.precision ?? null,
      });
      return { result };
    });
  }

  removePosition(id: string, user?: AtlasUser) {
    return this.deleteById(user, 'removePosition', Position, 'Position', id);
  }
}
