import { PayloadType } from '../../common/user-errors';
import { SectorInterest } from './interest.entity';

export const InterestPayload = PayloadType(
  SectorInterest,
  'Interest',
  'interest',
  'Result of an interest mutation.',
);
