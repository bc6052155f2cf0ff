import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Context } from '../../context';
import { Organization } from '../organization/organization.entity';
import { Person } from './person.entity';
import { Position } from './position.entity';

@Resolver(() => Position)
export class PositionResolver {
  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'Where the position was held.',
  })
  organization(@Root() position: Position, @Ctx() ctx: Context) {
    return ctx.services.organizations.byId(position.organizationId);
  }

  @FieldResolver(() => Person, { description: 'Who held it.' })
  person(@Root() position: Position, @Ctx() ctx: Context) {
    return ctx.services.people.byId(position.personId);
  }
}
