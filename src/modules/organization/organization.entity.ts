import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  VersionColumn,
} from 'typeorm';
import { Node } from '../../common/relay/node.interface';
import { Country } from '../country/country.entity';

export enum OrganizationKind {
  MINISTRY = 'MINISTRY',
  PARLIAMENT = 'PARLIAMENT',
  PARLIAMENTARY_FRIENDSHIP_GROUP = 'PARLIAMENTARY_FRIENDSHIP_GROUP',
  HEAD_OF_STATE_OFFICE = 'HEAD_OF_STATE_OFFICE',
  GOVERNMENT_AGENCY = 'GOVERNMENT_AGENCY',
  JOINT_COMMISSION = 'JOINT_COMMISSION',
  EDUCATION_INSTITUTION = 'EDUCATION_INSTITUTION',
  MEDIA_OUTLET = 'MEDIA_OUTLET',
  COMPANY = 'COMPANY',
  INTERNATIONAL_ORGANIZATION = 'INTERNATIONAL_ORGANIZATION',
  OTHER = 'OTHER',
}

registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'What kind of body an organization is.',
  valuesConfig: {
    MINISTRY: { description: 'A government ministry.' },
    PARLIAMENT: { description: 'A national legislature.' },
    PARLIAMENTARY_FRIENDSHIP_GROUP: {
      description: 'A group of legislators devoted to relations with one partner country.',
    },
    HEAD_OF_STATE_OFFICE: { description: 'The office of a president or monarch.' },
    GOVERNMENT_AGENCY: { description: 'Any other government body.' },
    JOINT_COMMISSION: { description: 'A commission run jointly by two or more countries.' },
    EDUCATION_INSTITUTION: { description: 'A university, school or training centre.' },
    MEDIA_OUTLET: { description: 'A news organization that publishes sources.' },
    COMPANY: { description: 'A business.' },
    INTERNATIONAL_ORGANIZATION: { description: 'An intergovernmental organization.' },
    OTHER: { description: 'Anything else.' },
  },
});

@ObjectType({
  implements: Node,
  description: 'A ministry, parliament, commission, institution, outlet or other body.',
})
@Entity()
export class Organization extends Node {
  @Field(() => Int, {
    description: 'Version for optimistic locking: pass it to update mutations; each change adds 1.',
  })
  @VersionColumn({ default: 1 })
  version!: number;

  @Field({ description: 'Stable natural key from the dataset, e.g. "kr-national-assembly".' })
  @Index({ unique: true })
  @Column({ type: 'text' })
  key!: string;

  @Field({ description: 'Name in English.' })
  @Column({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Short name or acronym, if any.' })
  @Column({ type: 'text', nullable: true })
  acronym!: string | null;

  @Field(() => OrganizationKind, { description: 'What kind of body this is.' })
  @Column({ type: 'enum', enum: OrganizationKind, enumName: 'organization_kind' })
  kind!: OrganizationKind;

  @Index()
  @Column({ type: 'int', nullable: true })
  parentId!: number | null;

  @ManyToOne(() => Organization, { onDelete: 'SET NULL' })
  @JoinColumn()
  parent?: Organization;

  @ManyToMany(() => Country)
  @JoinTable({ name: 'organization_country' })
  countries?: Country[];
}
