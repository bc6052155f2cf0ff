import { Field, Int, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  VersionColumn,
} from 'typeorm';
import { Node } from '../../common/relay/node.interface';
import { Country } from '../country/country.entity';

@ObjectType({
  implements: Node,
  description:
    'A person: an official who takes part in meetings, or a journalist who wrote a source.',
})
@Entity()
export class Person extends Node {
  @Field(() => Int, {
    description: 'Version for optimistic locking: pass it to update mutations; each change adds 1.',
  })
  @VersionColumn({ default: 1 })
  version!: number;

  @Field({ description: 'Stable natural key from the dataset, e.g. "suh-byung-soo".' })
  @Index({ unique: true })
  @Column({ type: 'text' })
  key!: string;

  @Field({ description: 'Full name as usually written in English.' })
  @Column({ type: 'text' })
  name!: string;

  @Field(() => [String], {
    description:
      'Other spellings of the name, e.g. other romanizations ("Seo Byeong-su") or the native script; searched like the name.',
  })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases!: string[];

  @Index()
  @Column({ type: 'int', nullable: true })
  countryId!: number | null;

  @ManyToOne(() => Country, { onDelete: 'SET NULL' })
  @JoinColumn()
  country?: Country;

  @Field({ description: 'When this record was created.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
