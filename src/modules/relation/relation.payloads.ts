import { PayloadType } from '../../common/user-errors';
import { BilateralRelation } from './relation.entity';

export const BilateralRelationPayload = PayloadType(
  BilateralRelation,
  'BilateralRelation',
  'bilateralRelation',
  'Result of a bilateral relation mutation.',
);
