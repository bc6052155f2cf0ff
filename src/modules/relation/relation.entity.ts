import { Field, Int, ObjectType } from 'type-graphql';
import {
  Check,
  Column,
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

/** An unordered pair, stored with the lower country id first so each pair has one row. */
@ObjectType({
  implements: Node,
  description: 'Diplomatic relations between two parties, and when they were established.',
})
@Entity({ name: 'bilateral_relation' })
@Index('UQ_bilateral_relation_pair', ['countryAId', 'countryBId'], { unique: true })
@Check('CHK_bilateral_relation_order', '"country_a_id" < "country_b_id"')
export class BilateralRelation extends Node {
  @Field(() => Int, {
    description: 'Version for optimistic locking: pass it to update mutations; each change adds 1.',
  })
  @VersionColumn({ default: 1 })
  version!: number;

  @Index()
  @Column({ type: 'int' })
  countryAId!: number;

  @ManyToOne(() => Country, { onDelete: 'CASCADE' })
  @JoinColumn()
  countryA?: Country;

  @Index()
  @Column({ type: 'int' })
  countryBId!: number;

  @ManyToOne(() => Country, { onDelete: 'CASCADE' })
  @JoinColumn()
  countryB?: Country;

  @Field({ description: 'First day of the period the establishment date denotes (YYYY-MM-DD).' })
  @Column({ type: 'date' })
  establishedOn!: string;

  @Field(() => DatePrecision, { description: 'How precisely the establishment date is known.' })
  @Column({ type: 'enum', enum: DatePrecision, enumName: 'date_precision' })
  establishedPrecision!: DatePrecision;

  @Field(() => String, { nullable: true, description: 'Remarks, in the curators\u2019 own words.' })
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @ManyToMany(() => Source)
  @JoinTable({ name: 'bilateral_relation_source' })
  sources?: Source[];

  @Field({ description: 'Establishment date as ISO 8601 of its precision, e.g. "1992".' })
  get established(): string {
    return formatPartialDate(this.establishedOn, this.establishedPrecision);
  }
}
