import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from 'typeorm';
import { Node } from '../../common/relay/node.interface';

@ObjectType({
  implements: Node,
  description: 'A cooperation sector. Sectors form a tree: energy holds alternative-energy.',
})
@Entity()
export class Sector extends Node {
  @Field(() => Int, {
    description: 'Version for optimistic locking: pass it to update mutations; each change adds 1.',
  })
  @VersionColumn({ default: 1 })
  version!: number;

  @Field({ description: 'Stable kebab-case code, e.g. "alternative-energy".' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  code!: string;

  @Field({ description: 'Name in English.' })
  @Column({ type: 'text' })
  name!: string;

  @Field({ description: 'What the sector covers.' })
  @Column({ type: 'text' })
  description!: string;

  @Index()
  @Column({ type: 'int', nullable: true })
  parentId!: number | null;

  @ManyToOne(() => Sector, { onDelete: 'RESTRICT' })
  @JoinColumn()
  parent?: Sector;

  @Field(() => [String], {
    description:
      'Phrases reports use to name this sector ("renewable energy", "green energy" for alternative-energy); report extraction matches them.',
  })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  synonyms!: string[];

  @Field(() => String, {
    nullable: true,
    description:
      'OECD DAC CRS purpose code (5 digits) or category (3 digits) that fits, e.g. 232 for renewables; every shipped sector has one (docs/crs-mapping.md). Its name: crs.',
  })
  @Column({ type: 'varchar', length: 8, nullable: true })
  crsCode!: string | null;
}
