import { DataSource, EntityManager } from 'typeorm';
import type { AtlasUser } from '../../common/auth/roles';
import { link, relink } from '../../common/links';
import {
  assertValid,
  fail,
  UserError,
  userError,
  UserErrorCode,
  UserErrorsException,
} from '../../common/user-errors';
import {
  deleteRow,
  globalIdOrFail,
  mutate,
  partialDateInput,
  updateVersioned,
} from '../../common/writes';
import { Writer } from '../../common/writer';
import { LiveEvents } from '../live/live-events';
import { Meeting } from './meeting.entity';
import { RecordMeetingInput } from './meeting-record.inputs';
import { UpdateMeetingInput } from './meeting-update.inputs';
import { recordMeeting } from './meeting.record';
import { SourceRefInput } from '../references/reference.inputs';
import { References } from '../references/references';

type Path = (string | number)[];

/**
 * Writes of meetings and their sources; participants and interests are in participant.writer.ts.
 * Each public method is one audited transaction answering with userErrors for bad input (see
 * src/common/writes.ts).
 */
export class MeetingWriter extends Writer {
  constructor(
    dataSource: DataSource,
    private readonly live = new LiveEvents(),
  ) {
    super(dataSource);
  }

  /** Records a meeting with everything it refers to (see recordMeeting). */
  record(input: RecordMeetingInput, user?: AtlasUser) {
    return this.live.afterCommit('recordMeeting', (pending) =>
      mutate(this.dataSource, user, 'recordMeeting', async (em) => {
        const recorded = await recordMeeting(em, input);
        if (recorded.created) await pending.meetingsRecorded(em, [recorded.meeting.id]);
        return recorded;
      }),
    );
  }

  /** Attaches a (possibly new) source to a stored meeting: another report of the same meeting. */
  addSource(meetingId: string, source: SourceRefInput, user?: AtlasUser) {
    return mutate(this.dataSource, user, 'addMeetingSource', async (em) => {
      await assertValid(source, ['source']);
      const meeting = await meetingOrFail(em, meetingId, ['meetingId']);
      const refs = new References(em);
      refs.defineSource(source, ['source']);
      const sourceId = await refs.source(source, ['source']);
      if (refs.errors.length) throw new UserErrorsException(refs.errors);
      await link(em, 'meeting_source', 'meeting_id', meeting.id, 'source_id', [sourceId]);
      return { result: meeting };
    });
  }

  update(input: UpdateMeetingInput, user?: AtlasUser) {
    return this.write(user, 'updateMeeting', input, async (em) => {
      const current = await meetingOrFail(em, input.id, ['input', 'id']);
      const errors: UserError[] = [];
      const start =
        input.start !== undefined
          ? partialDateInput(errors, ['input', 'start'], input.start, input.datePrecision)
          : { date: current.startDate, precision: current.datePrecision };
      const end =
        input.end === ''
          ? null
          : input.end !== undefined
            ? partialDateInput(errors, ['input', 'end'], input.end)
            : current.endDate
              ? { date: current.endDate, precision: current.endDatePrecision! }
              : null;
      if (start && end && end.date < start.date)
        errors.push(userError(['input', 'end'], 'must not be before the start'));
      if (errors.length || !start) throw new UserErrorsException(errors);
      const refs = new References(em);
      const country = async (code: string | undefined, field: string) =>
        code === undefined ? undefined : code === '' ? null : refs.party(code, ['input', field]);
      const placeCountryId = await country(input.placeCountry, 'placeCountry');
      const hostCountryId = await country(input.hostCountry, 'hostCountry');
      const partyIds: number[] = [];
      for (const [i, code] of (input.parties ?? []).entries()) {
        partyIds.push(await refs.party(code, ['input', 'parties', i]));
      }
      if (refs.errors.length) throw new UserErrorsException(refs.errors);
      const meeting = await updateVersioned(
        em,
        Meeting,
        'Meeting',
        current.id,
        input.version,
        {
          placeCountryId,
          hostCountryId,
          title: input.title,
          kind: input.kind,
          startDate: start.date,
          datePrecision: start.precision,
          endDate: end?.date ?? null,
          endDatePrecision: end?.precision ?? null,
          city: input.city === '' ? null : input.city,
          summary: input.summary,
        },
        async () => {
          if (!input.parties) return 0;
          await refuseDroppingUsedParty(em, current.id, partyIds);
          return relink(em, 'meeting_party', 'meeting_id', current.id, 'country_id', partyIds);
        },
      );
      return { result: meeting };
    });
  }

  delete(id: string, version: number | undefined, user?: AtlasUser) {
    return this.live.afterCommit('deleteMeeting', (pending) =>
      mutate(this.dataSource, user, 'deleteMeeting', async (em) => {
        const meeting = await meetingOrFail(em, id, ['id']);
        await pending.interestsWhere(em, 'i.meeting_id = $1', [meeting.id]);
        await deleteRow(em, Meeting, 'Meeting', meeting.id, version);
        return { deletedId: id };
      }),
    );
  }
}

/** The meeting a global ID names; a malformed or unknown ID is a userError on `field`. */
export async function meetingOrFail(
  em: EntityManager,
  globalId: string,
  field: Path,
): Promise<Meeting> {
  const id = globalIdOrFail(globalId, 'Meeting', field);
  const meeting = await em.findOneBy(Meeting, { id });
  if (!meeting) fail(field, 'no meeting has this ID', UserErrorCode.NOT_FOUND);
  return meeting;
}

/**
 * Refuses a new party list that leaves out a side a participant or an interest still belongs
 * to: those facts would no longer be about the meeting's parties.
 */
async function refuseDroppingUsedParty(
  em: EntityManager,
  meetingId: number,
  partyIds: number[],
): Promise<void> {
  const used: { code: string; what: string }[] = await em.query(
    `SELECT c.code, min(u.what) AS what FROM (
        SELECT country_id AS id, 'participants' AS what FROM participant WHERE meeting_id = $1
        UNION ALL SELECT country_id, 'interests' FROM sector_interest WHERE meeting_id = $1
        UNION ALL SELECT partner_id, 'interests' FROM sector_interest WHERE meeting_id = $1) u
       JOIN country c ON c.id = u.id
      WHERE NOT (u.id = ANY($2::int[]))
      GROUP BY c.code ORDER BY c.code`,
    [meetingId, partyIds],
  );
  if (used.length) {
    fail(
      ['input', 'parties'],
      `must keep ${used.map((u) => `${u.code} (its ${u.what} are recorded)`).join(', ')}; remove those first`,
      UserErrorCode.IN_USE,
    );
  }
}
