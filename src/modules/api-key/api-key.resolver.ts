import { IsNotEmpty, MaxLength } from 'class-validator';
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import { Role } from '../../common/auth/roles';
import { expectGlobalId } from '../../common/relay/global-id';
import { fail, UserError, UserErrorCode, asPayload, assertValid } from '../../common/user-errors';
import { Context } from '../../context';
import { ApiKey } from './api-key.entity';

@InputType({ description: 'A new API key.' })
export class CreateApiKeyInput {
  @Field({ description: 'Who or what the key is for.' })
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @Field(() => Role, { description: 'What the key may do.' })
  role!: Role;
}

@ObjectType({ description: 'Result of createApiKey.' })
export class CreateApiKeyPayload {
  @Field(() => ApiKey, { nullable: true, description: 'The new key; null when refused.' })
  apiKey?: ApiKey | null;

  @Field(() => String, {
    nullable: true,
    description: 'The key to send as "Authorization: Bearer <key>". Shown this once only.',
  })
  secret?: string | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of revokeApiKey.' })
export class RevokeApiKeyPayload {
  @Field(() => ApiKey, { nullable: true, description: 'The revoked key.' })
  apiKey?: ApiKey | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [ApiKey], { description: 'Every API key, revoked ones included (admins only).' })
  apiKeys(@Ctx() ctx: Context): Promise<ApiKey[]> {
    return ctx.services.apiKeys.list();
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreateApiKeyPayload, { description: 'Issues an API key (admins only).' })
  createApiKey(
    @Arg('input', () => CreateApiKeyInput, { validate: false, description: 'The new key.' })
    input: CreateApiKeyInput,
    @Ctx() ctx: Context,
  ): Promise<CreateApiKeyPayload> {
    return asPayload(async () => {
      await assertValid(input);
      const { apiKey, secret } = await ctx.services.apiKeys.create(
        input.name,
        input.role,
        ctx.user,
      );
      return { apiKey, secret };
    });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RevokeApiKeyPayload, { description: 'Revokes an API key at once (admins only).' })
  revokeApiKey(
    @Arg('id', () => ID, { description: 'Global ID of the key.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<RevokeApiKeyPayload> {
    return asPayload(async () => {
      const apiKey = await ctx.services.apiKeys.revoke(
        expectGlobalId(id, 'ApiKey', 'id'),
        ctx.user,
      );
      if (!apiKey) fail(['id'], 'no API key has this ID', UserErrorCode.NOT_FOUND);
      return { apiKey };
    });
  }
}
