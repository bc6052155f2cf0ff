import { Field, ID, InputType, ObjectType } from 'type-graphql';

@InputType({
  description:
    'Which recorded meetings to hear about. A meeting matches when one of its parties or interest countries is in countryCodes and one of its interest sectors is in sectorCodes; an absent list matches anything.',
})
export class MeetingRecordedFilter {
  @Field(() => [String], {
    nullable: true,
    description: 'Country or organization codes (e.g. "AZ", "EU"); any of them matches.',
  })
  countryCodes?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Sector codes (e.g. "alternative-energy"); any of them matches.',
  })
  sectorCodes?: string[] | null;
}

@ObjectType({
  description:
    'The sector interests of one country changed (added, corrected or removed) and the change is committed: re-query what you show for that country.',
})
export class SectorInterestChange {
  @Field({ description: 'Code of the country whose interests changed.' })
  country!: string;

  @Field(() => [String], { description: 'Codes of the sectors whose interests changed.' })
  sectorCodes!: string[];

  @Field(() => ID, {
    nullable: true,
    description:
      'Global ID of the meeting the changed interests belong to; null when they span several.',
  })
  meetingId!: string | null;

  @Field({
    description:
      'The mutation that made the change (recordMeeting, importDataset, addInterest, updateInterest, removeInterest, deleteMeeting).',
  })
  operation!: string;

  @Field({ description: 'When the change was made.' })
  at!: Date;

  /** The meeting's row id, for the `meeting` field. */
  meetingRowId?: number | null;
}
