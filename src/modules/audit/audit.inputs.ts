import { IsOptional } from 'class-validator';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { OptionalText } from '../../common/graphql/input-fields';

@InputType({ description: 'Narrows the audit log. Every given condition must hold.' })
export class AuditFilter {
  @OptionalText(64, 'Table or type of the record, e.g. "meeting", "Meeting" or "meeting_party".')
  entity?: string;

  @Field(() => Int, { nullable: true, description: 'Database id of the record (with entity).' })
  @IsOptional()
  entityId?: number;

  @Field(() => ID, { nullable: true, description: 'Global ID of the record (any type).' })
  @IsOptional()
  nodeId?: string;

  @Field(() => ID, { nullable: true, description: 'Only changes made with this API key.' })
  @IsOptional()
  apiKeyId?: string;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Changes at or after this time.' })
  @IsOptional()
  from?: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Changes before this time.' })
  @IsOptional()
  to?: Date;
}
