import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinTable, ManyToMany, VersionColumn } from 'typeorm';
import { DatePrecision, formatPartialDate } from '../../common/partial-date';
import { Node } from '../../common/relay/node.interface';
import { Country } from '../country/country.entity';
import { Organization } from '../organization/organization.entity';
import { Sector } from '../sector/sector.entity';
import { Source } from '../source/source.entity';

export enum AgreementKind {
  TREATY = 'TREATY',
  AGREEMENT = 'AGREEMENT',
  MEMORANDUM_OF_UNDERSTANDING = 'MEMORANDUM_OF_UNDERSTANDING',
  PROGRAMME = 'PROGRAMME',
  INSTITUTION = 'INSTITUTION',
  OTHER = 'OTHER',
}

registerEnumType(AgreementKind, {
  name: 'AgreementKind',
  description: 'What kind of lasting arrangement an agreement or programme is.',
  valuesConfig: {
    TREATY: { description: 'A treaty binding under international law.' },
    AGREEMENT: { description: 'An intergovernmental or interagency agreement.' },
    MEMORANDUM_OF_UNDERSTANDING: { description: 'A memorandum of understanding.' },
    PROGRAMME: { description: 'A joint programme, e.g. dual-diploma programmes.' },
    INSTITUTION: {
      description: 'A jointly founded or modelled institution, e.g. a training centre.',
    },
    OTHER: { description: 'Any other arrangement.' },
  },
});

@ObjectType({
  implements: Node,
  description: 'An agreement, programme or joint institution between parties.',
})
@Entity()
export class Agreement extends Node {
  @Field(() => Int, {
    description: 'Version for optimistic locking: pass it to update mutations; each change adds 1.',
  })
  @VersionColumn({ default: 1 })
  version!: number;

  @Field({ description: 'Stable natural key from the dataset.' })
  @Index({ unique: true })
  @Column({ type: 'text' })
  key!: string;

  @Field({ description: 'Name in English.' })
  @Column({ type: 'text' })
  name!: string;

  @Field(() => AgreementKind, { description: 'What kind of arrangement this is.' })
  @Column({ type: 'enum', enum: AgreementKind, enumName: 'agreement_kind' })
  kind!: AgreementKind;

  @Field({ description: 'What it is, in the curators\u2019 own words.' })
  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'date', nullable: true })
  startDate!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'Precision of the start date.' })
  @Column({ type: 'enum', enum: DatePrecision, enumName: 'date_precision', nullable: true })
  startPrecision!: DatePrecision | null;

  @ManyToMany(() => Country)
  @JoinTable({ name: 'agreement_country' })
  countries?: Country[];

  @ManyToMany(() => Organization)
  @JoinTable({ name: 'agreement_organization' })
  organizations?: Organization[];

  @ManyToMany(() => Sector)
  @JoinTable({ name: 'agreement_sector' })
  sectors?: Sector[];

  @ManyToMany(() => Source)
  @JoinTable({ name: 'agreement_source' })
  sources?: Source[];

  @Field(() => String, {
    nullable: true,
    description: 'Start as ISO 8601 of its precision; null when the sources give none.',
  })
  get start(): string | null {
    return this.startDate && formatPartialDate(this.startDate, this.startPrecision!);
  }
}
