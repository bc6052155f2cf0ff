import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from 'typeorm';
import { Evidence } from '../../common/graphql/evidence';
import { Node } from '../../common/relay/node.interface';
import { Country } from '../country/country.entity';
import { Meeting } from '../meeting/meeting.entity';
import { Person } from '../person/person.entity';
import { Sector } from '../sector/sector.entity';
import { Source } from '../source/source.entity';

export enum InterestStance {
  INTERESTED = 'INTERESTED',
  PROPOSED = 'PROPOSED',
  HIGHLIGHTED = 'HIGHLIGHTED',
  AGREED = 'AGREED',
  DISCUSSED = 'DISCUSSED',
}

registerEnumType(InterestStance, {
  name: 'InterestStance',
  description: 'How strongly a party expressed its interest in a sector.',
  valuesConfig: {
    INTERESTED: { description: 'Said outright that it wants cooperation in the sector.' },
    PROPOSED: { description: 'Put forward new opportunities or initiatives in the sector.' },
    HIGHLIGHTED: { description: 'Stressed the sector as important.' },
    AGREED: { description: 'Both sides agreed on something in the sector.' },
    DISCUSSED: { description: 'Raised or touched on the sector without a stronger stance.' },
  },
});

@ObjectType({
  implements: Node,
  description:
    'One recorded interest: a party raised a sector at a meeting, with a partner when the source names one.',
})
@Entity({ name: 'sector_interest' })
// NULLS NOT DISTINCT (migration NullablePartner): one row per natural key even without a partner.
@Index(
  'UQ_sector_interest_natural',
  ['meetingId', 'sectorId', 'countryId', 'partnerId', 'stance'],
  {
    unique: true,
  },
)
export class SectorInterest extends Node {
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
  @Column({ type: 'int' })
  sectorId!: number;

  @ManyToOne(() => Sector, { onDelete: 'RESTRICT' })
  @JoinColumn()
  sector?: Sector;

  @Index()
  @Column({ type: 'int' })
  countryId!: number;

  @ManyToOne(() => Country, { onDelete: 'RESTRICT' })
  @JoinColumn()
  country?: Country;

  @Index()
  @Column({ type: 'int', nullable: true })
  partnerId!: number | null;

  @ManyToOne(() => Country, { onDelete: 'RESTRICT' })
  @JoinColumn()
  partner?: Country;

  @Index()
  @Column({ type: 'int', nullable: true })
  speakerId!: number | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn()
  speaker?: Person;

  @Field(() => InterestStance, { description: 'How strongly the interest was expressed.' })
  @Column({ type: 'enum', enum: InterestStance, enumName: 'interest_stance' })
  stance!: InterestStance;

  @Field({ description: 'What was said, in the curators\u2019 own words.' })
  @Column({ type: 'text' })
  note!: string;

  @Index()
  @Column({ type: 'int' })
  sourceId!: number;

  @ManyToOne(() => Source, { onDelete: 'RESTRICT' })
  @JoinColumn()
  source?: Source;

  @Field(() => [Evidence], {
    description:
      'The words of the source report that support this interest (offsets into the report text); empty when none were kept.',
  })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  evidence!: Evidence[];
}
