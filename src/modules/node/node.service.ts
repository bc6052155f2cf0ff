import { BadUserInputError } from '../../common/errors';
import { Loaders } from '../../common/loaders';
import { fromGlobalId } from '../../common/relay/global-id';
import { Node } from '../../common/relay/node.interface';
import { entities } from '../../common/database/entities';

const NODE_TYPES = new Map<string, (typeof entities)[number]>(
  entities.map((entity) => [entity.name, entity]),
);

export class NodeService {
  constructor(private readonly loaders: Loaders) {}

  /** Resolves an opaque global ID to its object, or null when nothing has that ID. */
  async find(globalId: string, field = 'id'): Promise<Node | null> {
    const { type, id } = fromGlobalId(globalId, field);
    const entity = NODE_TYPES.get(type);
    if (!entity) return null;
    return (await this.loaders.byId(entity as never).load(id)) as Node | null;
  }

  findMany(globalIds: string[]): Promise<(Node | null)[]> {
    if (globalIds.length > 100) throw new BadUserInputError('ids takes at most 100 IDs', 'ids');
    return Promise.all(globalIds.map((globalId) => this.find(globalId, 'ids')));
  }
}
