import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Node } from '../../common/relay/node.interface';
import { ApiKey } from '../api-key/api-key.entity';

export enum AuditAction {
  INSERT = 'INSERT',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
}

registerEnumType(AuditAction, {
  name: 'AuditAction',
  description: 'What a write did to a row.',
  valuesConfig: {
    INSERT: { description: 'Created the row.' },
    UPDATE: { description: 'Changed some of its fields.' },
    DELETE: { description: 'Removed the row.' },
  },
});

/**
 * One row written by one change. Rows are written by database triggers in the same transaction
 * as the change itself (migration CurationAudit), so no write path can skip them.
 */
@ObjectType({
  implements: Node,
  description: 'One change to one record: who made it, when, and the fields before and after.',
})
@Entity({ name: 'audit_log' })
@Index('IDX_audit_log_entity', ['entity', 'entityId'])
export class AuditEntry extends Node {
  @Field({ description: 'When the change was committed (start of its transaction).' })
  @Index()
  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  @Index()
  @Column({ type: 'int', nullable: true })
  apiKeyId!: number | null;

  @ManyToOne(() => ApiKey, { onDelete: 'SET NULL' })
  @JoinColumn()
  apiKey?: ApiKey;

  @Field(() => String, {
    nullable: true,
    description: 'Name of the API key at the time; null for the seed and command-line tools.',
  })
  @Column({ type: 'text', nullable: true })
  actor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The operation that made the change, e.g. "recordMeeting", "import", "seed".',
  })
  @Column({ type: 'text', nullable: true })
  operation!: string | null;

  @Field({ description: 'Table of the record, e.g. "meeting" or "meeting_party" (a link).' })
  @Column({ type: 'text' })
  entity!: string;

  @Field(() => Int, {
    nullable: true,
    name: 'entityId',
    description: 'Database id of the record; null for link rows (see changes).',
  })
  @Column({ type: 'int', nullable: true })
  entityId!: number | null;

  @Field(() => AuditAction, { description: 'What the write did.' })
  @Column({ type: 'enum', enum: AuditAction, enumName: 'audit_action' })
  action!: AuditAction;

  @Field(() => GraphQLJSONObject, {
    description: 'Changed fields (database column names): { field: { before, after } }.',
  })
  @Column({ type: 'jsonb' })
  changes!: Record<string, { before: unknown; after: unknown }>;
}
