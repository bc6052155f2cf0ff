import { ConnectionType } from '../../common/relay/connection.types';
import { BilateralRelation } from './relation.entity';

export const BilateralRelationConnection = ConnectionType(BilateralRelation, 'BilateralRelation');
export type BilateralRelationConnection = InstanceType<typeof BilateralRelationConnection>;
