import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  VersionColumn,
} from 'typeorm';
import { DatePrecision, formatPartialDate } from '../../common/partial-date';
import { Node } from '../../common/relay/node.interface';
import { Country } from '../country/country.entity';
import { Source } from '../source/source.entity';

export enum MeetingKind {
  BILATERAL_MEETING = 'BILATERAL_MEETING',
  OFFICIAL_VISIT = 'OFFICIAL_VISIT',
  POLITICAL_DIALOGUE = 'POLITICAL_DIALOGUE',
  PARLIAMENTARY_VISIT = 'PARLIAMENTARY_VISIT',
  COMMISSION_SESSION = 'COMMISSION_SESSION',
  PHONE_CALL = 'PHONE_CALL',
  SUMMIT = 'SUMMIT',
  MULTILATERAL_MEETING = 'MULTILATERAL_MEETING',
  VIDEO_CONFERENCE = 'VIDEO_CONFERENCE',
  GENERAL_DEBATE_STATEMENT = 'GENERAL_DEBATE_STATEMENT',
  OTHER = 'OTHER',
}

registerEnumType(MeetingKind, {
  name: 'MeetingKind',
  description: 'The form an engagement took.',
  valuesConfig: {
    BILATERAL_MEETING: { description: 'A face-to-face meeting between two sides.' },
    OFFICIAL_VISIT: { description: 'A visit that groups several meetings.' },
    POLITICAL_DIALOGUE: { description: 'Political dialogue or consultations between ministries.' },
    PARLIAMENTARY_VISIT: { description: 'A visit by legislators.' },
    COMMISSION_SESSION: { description: 'A session of a joint or intergovernmental commission.' },
    PHONE_CALL: { description: 'A telephone conversation.' },
    SUMMIT: { description: 'A meeting of heads of state or government.' },
    MULTILATERAL_MEETING: { description: 'A meeting of more than two sides.' },
    VIDEO_CONFERENCE: { description: 'A meeting held by video link.' },
    GENERAL_DEBATE_STATEMENT: {
      description:
        "A state's statement in the UN General Assembly's General Debate: what it says it wants, not a meeting with a partner.",
    },
    OTHER: { description: 'Any other engagement.' },
  },
});

// The full-text index is an expression index created in the migration; TypeORM must not diff it.
@Index('IDX_meeting_search', { synchronize: false })
@ObjectType({
  implements: Node,
  description: 'An engagement between parties: a meeting, visit, dialogue, call or session.',
})
@Entity()
@Check('CHK_meeting_dates', '"end_date" IS NULL OR "end_date" >= "start_date"')
export class Meeting extends Node {
  @Field(() => Int, {
    description: 'Version for optimistic locking: pass it to update mutations; each change adds 1.',
  })
  @VersionColumn({ default: 1 })
  version!: number;

  @Field({ description: 'Stable natural key from the dataset.' })
  @Index({ unique: true })
  @Column({ type: 'text' })
  key!: string;

  @Field({ description: 'Short title.' })
  @Column({ type: 'text' })
  title!: string;

  @Field(() => MeetingKind, { description: 'The form of the engagement.' })
  @Index()
  @Column({ type: 'enum', enum: MeetingKind, enumName: 'meeting_kind' })
  kind!: MeetingKind;

  @Field({
    name: 'startsOn',
    description: 'First day of the period the start date denotes (YYYY-MM-DD); see datePrecision.',
  })
  @Index()
  @Column({ type: 'date' })
  startDate!: string;

  @Field(() => DatePrecision, { description: 'How precisely the start date is known.' })
  @Column({ type: 'enum', enum: DatePrecision, enumName: 'date_precision' })
  datePrecision!: DatePrecision;

  @Column({ type: 'date', nullable: true })
  endDate!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How precisely the end is known.' })
  @Column({ type: 'enum', enum: DatePrecision, enumName: 'date_precision', nullable: true })
  endDatePrecision!: DatePrecision | null;

  @Field(() => String, { nullable: true, description: 'City where it took place.' })
  @Column({ type: 'text', nullable: true })
  city!: string | null;

  @Index()
  @Column({ type: 'int', nullable: true })
  placeCountryId!: number | null;

  @ManyToOne(() => Country, { onDelete: 'RESTRICT' })
  @JoinColumn()
  placeCountry?: Country;

  @Index()
  @Column({ type: 'int', nullable: true })
  hostCountryId!: number | null;

  @ManyToOne(() => Country, { onDelete: 'RESTRICT' })
  @JoinColumn()
  hostCountry?: Country;

  @Field({ description: 'What happened, in the curators\u2019 own words.' })
  @Column({ type: 'text' })
  summary!: string;

  @Index()
  @Column({ type: 'int', nullable: true })
  visitId!: number | null;

  @ManyToOne(() => Meeting, { onDelete: 'SET NULL' })
  @JoinColumn()
  visit?: Meeting;

  @ManyToMany(() => Country)
  @JoinTable({ name: 'meeting_party' })
  parties?: Country[];

  @ManyToMany(() => Source)
  @JoinTable({ name: 'meeting_source' })
  sources?: Source[];

  @Field({ description: 'When this record was created.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field({
    description:
      'Start date as ISO 8601 of its precision: "2022-08-25" (day), "2022-07" (month) or "2009" (year).',
  })
  get date(): string {
    return formatPartialDate(this.startDate, this.datePrecision);
  }

  @Field(() => String, { nullable: true, description: 'End date as ISO 8601 of its precision.' })
  get endsOn(): string | null {
    return this.endDate && formatPartialDate(this.endDate, this.endDatePrecision!);
  }
}
