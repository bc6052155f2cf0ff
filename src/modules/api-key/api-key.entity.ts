import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { Role } from '../../common/auth/roles';
import { Node } from '../../common/relay/node.interface';

/** An API key. Only the SHA-256 of the key is stored; the key itself is shown once. */
@ObjectType({ implements: Node, description: 'An API key (admins only). The key is never shown.' })
@Entity({ name: 'api_key' })
export class ApiKey extends Node {
  @Field({ description: 'Who or what the key is for, e.g. "Analyst Jane Doe".' })
  @Column({ type: 'text' })
  name!: string;

  @Field(() => Role, { description: 'What the key may do.' })
  @Column({ type: 'enum', enum: Role, enumName: 'api_key_role' })
  role!: Role;

  @Index({ unique: true })
  @Column({ type: 'char', length: 64 })
  keyHash!: string;

  @Field({ description: 'First characters of the key, to recognise it.' })
  @Column({ type: 'varchar', length: 16 })
  prefix!: string;

  @Field({ description: 'When the key was created.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the key was revoked; null while valid.' })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
