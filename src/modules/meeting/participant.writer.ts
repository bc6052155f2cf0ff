import { DataSource } from 'typeorm';
import type { AtlasUser } from '../../common/auth/roles';
import { evidenceAt } from '../../common/graphql/evidence';
import { link } from '../../common/links';
import { toGlobalId } from '../../common/relay/global-id';
import {
  assertValid,
  fail,
  userError,
  UserErrorCode,
  UserErrorsException,
} from '../../common/user-errors';
import { deleteRow, globalIdOrFail, mutate, updateVersioned } from '../../common/writes';
import { SectorInterest } from '../interest/interest.entity';
import { LiveEvents, PendingEvents } from '../live/live-events';
import { AddInterestInput, UpdateInterestInput } from '../interest/interest.inputs';
import { AddParticipantInput, UpdateParticipantInput } from './participant.inputs';
import { meetingOrFail } from './meeting.writer';
import { Participant } from './participant.entity';
import { References } from '../references/references';

type PendingInterests = PendingEvents['interestsWhere'];

/**
 * Writes of the participants and interests of a stored meeting, each one audited transaction
 * answering with userErrors for bad input.
 */
export class ParticipantWriter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly live = new LiveEvents(),
  ) {}

  /**
   * Adds a participant. The same person twice in one meeting is refused by a unique index: an
   * identical repeat answers the stored participant, a repeat that differs is DUPLICATE.
   */
  addParticipant(input: AddParticipantInput, user?: AtlasUser) {
    return mutate(this.dataSource, user, 'addParticipant', async (em) => {
      await assertValid(input);
      const meeting = await meetingOrFail(em, input.meetingId, ['input', 'meetingId']);
      const refs = new References(em);
      refs.definePerson(input.person, ['input', 'person']);
      refs.defineOrganization(input.organization, ['input', 'organization']);
      if (!input.person && !input.description) {
        refs.errors.push(
          userError(['input', 'person'], 'give a person or a description', UserErrorCode.REQUIRED),
        );
      }
      const values = {
        meetingId: meeting.id,
        personId: input.person ? await refs.person(input.person, ['input', 'person']) : null,
        description: input.description ?? null,
        countryId: await refs.party(input.country, ['input', 'country']),
        organizationId: input.organization
          ? await refs.organization(input.organization, ['input', 'organization'])
          : null,
        role: input.role,
        capacity: input.capacity ?? null,
        evidence: evidenceAt(refs.errors, ['input'], input.evidence),
      };
      if (refs.errors.length) throw new UserErrorsException(refs.errors);
      const inserted = await em
        .createQueryBuilder()
        .insert()
        .into(Participant)
        .values(values)
        .orIgnore()
        .returning('id')
        .execute();
      const id = (inserted.raw as { id: number }[])[0]?.id;
      if (id) return { result: await em.findOneByOrFail(Participant, { id }) };
      const existing = await em.findOneByOrFail(Participant, {
        meetingId: meeting.id,
        personId: values.personId!,
      });
      const same =
        existing.role === values.role &&
        existing.countryId === values.countryId &&
        (existing.organizationId ?? null) === values.organizationId &&
        (existing.capacity ?? null) === values.capacity &&
        (existing.description ?? null) === values.description;
      if (!same) {
        fail(
          ['input', 'person'],
          'this person already takes part in the meeting; update that participant instead',
          UserErrorCode.DUPLICATE,
          toGlobalId('Participant', existing.id),
        );
      }
      return { result: existing };
    });
  }

  updateParticipant(input: UpdateParticipantInput, user?: AtlasUser) {
    return mutate(this.dataSource, user, 'updateParticipant', async (em) => {
      await assertValid(input);
      const id = globalIdOrFail(input.id, 'Participant', ['input', 'id']);
      const result = await updateVersioned(em, Participant, 'Participant', id, input.version, {
        role: input.role,
        capacity: input.capacity === '' ? null : input.capacity,
        description: input.description === '' ? null : input.description,
      });
      return { result };
    });
  }

  updateInterest(input: UpdateInterestInput, user?: AtlasUser) {
    return this.live.afterCommit('updateInterest', (pending) =>
      this.updateInterestIn(input, pending.interestsWhere.bind(pending), user),
    );
  }

  private updateInterestIn(
    input: UpdateInterestInput,
    changed: PendingInterests,
    user?: AtlasUser,
  ) {
    return mutate(this.dataSource, user, 'updateInterest', async (em) => {
      await assertValid(input);
      const id = globalIdOrFail(input.id, 'SectorInterest', ['input', 'id']);
      const result = await updateVersioned(
        em,
        SectorInterest,
        'SectorInterest',
        id,
        input.version,
        {
          stance: input.stance,
          note: input.note,
        },
      );
      await changed(em, 'i.id = $1', [id]);
      return { result };
    });
  }

  removeParticipant(id: string, user?: AtlasUser) {
    return mutate(this.dataSource, user, 'removeParticipant', async (em) => {
      await deleteRow(em, Participant, 'Participant', globalIdOrFail(id, 'Participant', ['id']));
      return { deletedId: id };
    });
  }

  addInterest(input: AddInterestInput, user?: AtlasUser) {
    return this.live.afterCommit('addInterest', (pending) =>
      this.addInterestIn(input, pending.interestsWhere.bind(pending), user),
    );
  }

  private addInterestIn(input: AddInterestInput, changed: PendingInterests, user?: AtlasUser) {
    return mutate(this.dataSource, user, 'addInterest', async (em) => {
      await assertValid(input);
      const meeting = await meetingOrFail(em, input.meetingId, ['input', 'meetingId']);
      const refs = new References(em);
      refs.defineSector(input.sector, ['input', 'sector']);
      refs.definePerson(input.speaker, ['input', 'speaker']);
      const values = {
        meetingId: meeting.id,
        sectorId: await refs.sector(input.sector, ['input', 'sector']),
        countryId: await refs.party(input.country, ['input', 'country']),
        partnerId: await refs.party(input.partner, ['input', 'partner']),
        speakerId: input.speaker ? await refs.person(input.speaker, ['input', 'speaker']) : null,
        stance: input.stance,
        note: input.note,
        sourceId: await refs.source(input.source, ['input', 'source']),
        evidence: evidenceAt(refs.errors, ['input'], input.evidence),
      };
      if (values.countryId && values.countryId === values.partnerId) {
        refs.errors.push(userError(['input', 'partner'], 'must differ from country'));
      }
      if (refs.errors.length) throw new UserErrorsException(refs.errors);
      // One natural key, one row: a repeat (even a concurrent one) answers the stored interest.
      const inserted = await em
        .createQueryBuilder()
        .insert()
        .into(SectorInterest)
        .values(values)
        .orIgnore()
        .returning('id')
        .execute();
      const added = (inserted.raw as { id: number }[])[0]?.id;
      if (added) {
        await link(em, 'meeting_source', 'meeting_id', meeting.id, 'source_id', [values.sourceId]);
        await changed(em, 'i.id = $1', [added]);
      }
      const result = await em.findOneByOrFail(SectorInterest, {
        meetingId: values.meetingId,
        sectorId: values.sectorId,
        countryId: values.countryId,
        partnerId: values.partnerId,
        stance: values.stance,
      });
      return { result };
    });
  }

  removeInterest(id: string, user?: AtlasUser) {
    return this.live.afterCommit('removeInterest', (pending) =>
      mutate(this.dataSource, user, 'removeInterest', async (em) => {
        const interestId = globalIdOrFail(id, 'SectorInterest', ['id']);
        await pending.interestsWhere(em, 'i.id = $1', [interestId]);
        await deleteRow(em, SectorInterest, 'SectorInterest', interestId);
        return { deletedId: id };
      }),
    );
  }
}
