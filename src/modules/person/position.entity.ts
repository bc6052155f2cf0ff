import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from 'typeorm';
import { DatePrecision, formatPartialDate } from '../../common/partial-date';
import { Node } from '../../common/relay/node.interface';
import { Organization } from '../organization/organization.entity';
import { Person } from './person.entity';

export enum PositionRank {
  HEAD_OF_STATE = 'HEAD_OF_STATE',
  HEAD_OF_GOVERNMENT = 'HEAD_OF_GOVERNMENT',
  MINISTER = 'MINISTER',
  DEPUTY_MINISTER = 'DEPUTY_MINISTER',
  SPECIAL_ENVOY = 'SPECIAL_ENVOY',
  MEMBER_OF_PARLIAMENT = 'MEMBER_OF_PARLIAMENT',
  COMMITTEE_CHAIR = 'COMMITTEE_CHAIR',
  AMBASSADOR = 'AMBASSADOR',
  OTHER = 'OTHER',
}

registerEnumType(PositionRank, {
  name: 'PositionRank',
  description: 'The rank of a position, comparable across countries.',
  valuesConfig: {
    HEAD_OF_STATE: { description: 'President, monarch or equivalent.' },
    HEAD_OF_GOVERNMENT: { description: 'Prime minister or equivalent.' },
    MINISTER: { description: 'Cabinet minister.' },
    DEPUTY_MINISTER: { description: 'Deputy or vice minister.' },
    SPECIAL_ENVOY: { description: 'Special envoy or special representative.' },
    MEMBER_OF_PARLIAMENT: { description: 'Member of a legislature.' },
    COMMITTEE_CHAIR: { description: 'Chair of a parliamentary committee.' },
    AMBASSADOR: { description: 'Ambassador or head of mission.' },
    OTHER: { description: 'Any other position, e.g. head of a friendship group or journalist.' },
  },
});

@ObjectType({ implements: Node, description: 'A position a person held over a period.' })
@Entity()
export class Position extends Node {
  @Field(() => Int, {
    description: 'Version for optimistic locking: pass it to update mutations; each change adds 1.',
  })
  @VersionColumn({ default: 1 })
  version!: number;

  @Index()
  @Column({ type: 'int' })
  personId!: number;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn()
  person?: Person;

  @Field({ description: 'Title as reported, e.g. "Minister of Foreign Affairs".' })
  @Column({ type: 'text' })
  title!: string;

  @Index()
  @Column({ type: 'int', nullable: true })
  organizationId!: number | null;

  @ManyToOne(() => Organization, { onDelete: 'SET NULL' })
  @JoinColumn()
  organization?: Organization;

  @Field(() => PositionRank, { description: 'Rank of the position.' })
  @Column({ type: 'enum', enum: PositionRank, enumName: 'position_rank' })
  rank!: PositionRank;

  @Column({ type: 'date', nullable: true })
  startDate!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'Precision of the start date.' })
  @Column({ type: 'enum', enum: DatePrecision, enumName: 'date_precision', nullable: true })
  startPrecision!: DatePrecision | null;

  @Column({ type: 'date', nullable: true })
  endDate!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'Precision of the end date.' })
  @Column({ type: 'enum', enum: DatePrecision, enumName: 'date_precision', nullable: true })
  endPrecision!: DatePrecision | null;

  @Field(() => String, {
    nullable: true,
    description: 'Start as an ISO 8601 date of its precision: "2022-08-25", "2022-08" or "2022".',
  })
  get start(): string | null {
    return this.startDate && formatPartialDate(this.startDate, this.startPrecision!);
  }

  @Field(() => String, {
    nullable: true,
    description: 'End as an ISO 8601 date of its precision; null while the position is held.',
  })
  get end(): string | null {
    return this.endDate && formatPartialDate(this.endDate, this.endPrecision!);
  }
}
