import { assertRole } from '../../common/auth/auth-checker';
import { Role } from '../../common/auth/roles';
import { BadUserInputError } from '../../common/errors';
import { Loaders } from '../../common/loaders';
import { fromGlobalId } from '../../common/relay/global-id';
import { Node } from '../../common/relay/node.interface';

/** Types node(id) serves only to admins: they expose keys and the audit trail. */
const RESTRICTED: Record<string, Role> = { ApiKey: Role.ADMIN, AuditEntry: Role.ADMIN };

type Caller = Parameters<typeof assertRole>[0];

type EntityClass = abstract new () => object;

export class NodeService {
  private readonly types: Map<string, EntityClass>;

  /** `entities`: the classes node(id) may name (src/entities.ts), by their type name. */
  constructor(
    private readonly loaders: Loaders,
    entities: readonly EntityClass[],
  ) {
    this.types = new Map(entities.map((entity) => [entity.name, entity]));
  }

  /** Resolves an opaque global ID to its object, or null when nothing has that ID. */
  async find(globalId: string, field = 'id', caller?: Caller): Promise<Node | null> {
    const { type, id } = fromGlobalId(globalId, field);
    const entity = this.types.get(type);
    if (!entity) return null;
    const required = RESTRICTED[type];
    if (required) {
      if (!caller) return null;
      assertRole(caller, required);
    }
    return (await this.loaders.byId(entity as never).load(id)) as Node | null;
  }

  findMany(globalIds: string[], caller?: Caller): Promise<(Node | null)[]> {
    if (globalIds.length > 100) throw new BadUserInputError('ids takes at most 100 IDs', 'ids');
    return Promise.all(globalIds.map((globalId) => this.find(globalId, 'ids', caller)));
  }
}
