import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Node } from '../../common/relay/node.interface';
import { Context } from '../../context';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Fetches any object by its opaque global ID.' })
  node(
    @Arg('id', () => ID, { description: 'A global ID from any `id` field.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<Node | null> {
    return ctx.services.nodes.find(id, 'id', ctx);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: 'Fetches several objects by global ID, in order; null where none exists.',
  })
  nodes(
    @Arg('ids', () => [ID], { description: 'Global IDs, at most 100.' }) ids: string[],
    @Ctx() ctx: Context,
  ): Promise<(Node | null)[]> {
    return ctx.services.nodes.findMany(ids, ctx);
  }
}
