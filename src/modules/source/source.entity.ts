import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from 'typeorm';
import { Node } from '../../common/relay/node.interface';
import { Organization } from '../organization/organization.entity';
import { Person } from '../person/person.entity';

@ObjectType({
  implements: Node,
  description: 'A published report that facts are traced to, such as a news article.',
})
@Entity()
export class Source extends Node {
  @Field(() => Int, {
    description: 'Version for optimistic locking: pass it to update mutations; each change adds 1.',
  })
  @VersionColumn({ default: 1 })
  version!: number;

  @Field({ description: 'Canonical URL; the natural key of a source.' })
  @Index({ unique: true })
  @Column({ type: 'text' })
  url!: string;

  @Field({ description: 'Title of the report.' })
  @Column({ type: 'text' })
  title!: string;

  @Index()
  @Column({ type: 'int' })
  publisherId!: number;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn()
  publisher?: Organization;

  @Index()
  @Column({ type: 'int', nullable: true })
  authorId!: number | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn()
  author?: Person;

  @Field({ description: 'When the report was published.' })
  @Column({ type: 'timestamptz' })
  publishedAt!: Date;

  @Index()
  @Column({ type: 'int', nullable: true })
  citedBodyId!: number | null;

  @ManyToOne(() => Organization, { onDelete: 'SET NULL' })
  @JoinColumn()
  citedBody?: Organization;
}
