import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from 'typeorm';
import { Evidence } from '../../common/graphql/evidence';
import { Node } from '../../common/relay/node.interface';
import { Country } from '../country/country.entity';
import { Organization } from '../organization/organization.entity';
import { Person } from '../person/person.entity';
import { Meeting } from './meeting.entity';

export enum ParticipantRole {
  HOST = 'HOST',
  GUEST = 'GUEST',
  HEAD_OF_DELEGATION = 'HEAD_OF_DELEGATION',
  DELEGATION_MEMBER = 'DELEGATION_MEMBER',
}

registerEnumType(ParticipantRole, {
  name: 'ParticipantRole',
  description: 'The part someone played in a meeting.',
  valuesConfig: {
    HOST: { description: 'Received the other side.' },
    GUEST: { description: 'Was received by the host.' },
    HEAD_OF_DELEGATION: { description: 'Led a visiting or negotiating delegation.' },
    DELEGATION_MEMBER: { description: 'Was part of a delegation.' },
  },
});

@ObjectType({
  implements: Node,
  description:
    'Someone who took part in a meeting: a named person, or a delegation described without names.',
})
@Entity()
@Index('UQ_participant_meeting_person', ['meetingId', 'personId'], {
  unique: true,
  where: '"person_id" IS NOT NULL',
})
@Check('CHK_participant_who', '"person_id" IS NOT NULL OR "description" IS NOT NULL')
export class Participant extends Node {
  @Field(() => Int, {
    description: 'Version for optimistic locking: pass it to update mutations; each change adds 1.',
  })
  @VersionColumn({ default: 1 })
  version!: number;

  @Index()
  @Column({ type: 'int' })
  meetingId!: number;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn()
  meeting?: Meeting;

  @Index()
  @Column({ type: 'int', nullable: true })
  personId!: number | null;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn()
  person?: Person;

  @Field(() => String, {
    nullable: true,
    description: 'Who took part when not named, e.g. "Committee chairs and members of parliament".',
  })
  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Index()
  @Column({ type: 'int' })
  countryId!: number;

  @ManyToOne(() => Country, { onDelete: 'RESTRICT' })
  @JoinColumn()
  country?: Country;

  @Index()
  @Column({ type: 'int', nullable: true })
  organizationId!: number | null;

  @ManyToOne(() => Organization, { onDelete: 'SET NULL' })
  @JoinColumn()
  organization?: Organization;

  @Field(() => ParticipantRole, { description: 'Part played in the meeting.' })
  @Column({ type: 'enum', enum: ParticipantRole, enumName: 'participant_role' })
  role!: ParticipantRole;

  @Field(() => String, {
    nullable: true,
    description: 'Title in which they took part, as it was then (titles change over time).',
  })
  @Column({ type: 'text', nullable: true })
  capacity!: string | null;

  @Field(() => [Evidence], {
    description:
      'The words of a source report that name this participant (offsets into the report text); empty when none were kept.',
  })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  evidence!: Evidence[];
}
