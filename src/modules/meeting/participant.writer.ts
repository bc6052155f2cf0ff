import type { AtlasUser } from '../../common/auth/roles';
import { evidenceAt } from '../../common/graphql/evidence';
import { toGlobalId } from '../../common/relay/global-id';
import { fail, userError, UserErrorCode, UserErrorsException } from '../../common/user-errors';
import { globalIdOrFail, updateVersioned } from '../../common/writes';
import { Writer } from '../../common/writer';
import { AddParticipantInput, UpdateParticipantInput } from './participant.inputs';
import { meetingOrFail } from './meeting.writer';
import { Participant } from './participant.entity';
import { References } from '../references/references';

/**
 * Writes of the participants of a stored meeting, each one audited transaction answering with
 * userErrors for bad input. Interests are written by InterestWriter (src/modules/interest).
 */
export class ParticipantWriter extends Writer {
  /**
   * Adds a participant. The same person twice in one meeting is refused by a unique index: an
   * identical repeat answers the stored participant, a repeat that differs is DUPLICATE.
   */
  addParticipant(input: AddParticipantInput, user?: AtlasUser) {
    return this.write(user, 'addParticipant', input, async (em) => {
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
    return this.write(user, 'updateParticipant', input, async (em) => {
      const id = globalIdOrFail(input.id, 'Participant', ['input', 'id']);
      const result = await updateVersioned(em, Participant, 'Participant', id, input.version, {
        role: input.role,
        capacity: input.capacity === '' ? null : input.capacity,
        description: input.description === '' ? null : input.description,
      });
      return { result };
    });
  }

  removeParticipant(id: string, user?: AtlasUser) {
    return this.deleteById(user, 'removeParticipant', Participant, 'Participant', id);
  }
}
