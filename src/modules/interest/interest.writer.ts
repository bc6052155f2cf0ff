import { DataSource, IsNull } from 'typeorm';
import type { AtlasUser } from '../../common/auth/roles';
import { evidenceAt } from '../../common/graphql/evidence';
import { link } from '../../common/links';
import { userError, UserErrorsException } from '../../common/user-errors';
import { deleteRow, globalIdOrFail, mutate, updateVersioned } from '../../common/writes';
import { Writer } from '../../common/writer';
import { LiveEvents, PendingEvents } from '../live/live-events';
import { meetingOrFail } from '../meeting/meeting.writer';
import { References } from '../references/references';
import { SectorInterest } from './interest.entity';
import { AddInterestInput, UpdateInterestInput } from './interest.inputs';

type PendingInterests = PendingEvents['interestsWhere'];

/**
 * Writes of the interests of a stored meeting, each one audited transaction answering with
 * userErrors for bad input; subscribers hear of each change once it is committed.
 */
export class InterestWriter extends Writer {
  constructor(
    dataSource: DataSource,
    private readonly live = new LiveEvents(),
  ) {
    super(dataSource);
  }

  update(input: UpdateInterestInput, user?: AtlasUser) {
    return this.live.afterCommit('updateInterest', (pending) =>
      this.updateIn(input, pending.interestsWhere.bind(pending), user),
    );
  }

  private updateIn(input: UpdateInterestInput, changed: PendingInterests, user?: AtlasUser) {
    return this.write(user, 'updateInterest', input, async (em) => {
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

  add(input: AddInterestInput, user?: AtlasUser) {
    return this.live.afterCommit('addInterest', (pending) =>
      this.addIn(input, pending.interestsWhere.bind(pending), user),
    );
  }

  private addIn(input: AddInterestInput, changed: PendingInterests, user?: AtlasUser) {
    return this.write(user, 'addInterest', input, async (em) => {
      const meeting = await meetingOrFail(em, input.meetingId, ['input', 'meetingId']);
      const refs = new References(em);
      refs.defineSector(input.sector, ['input', 'sector']);
      refs.definePerson(input.speaker, ['input', 'speaker']);
      const values = {
        meetingId: meeting.id,
        sectorId: await refs.sector(input.sector, ['input', 'sector']),
        countryId: await refs.party(input.country, ['input', 'country']),
        partnerId: await refs.optionalParty(input.partner, ['input', 'partner']),
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
        partnerId: values.partnerId ?? IsNull(),
        stance: values.stance,
      });
      return { result };
    });
  }

  remove(id: string, user?: AtlasUser) {
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
