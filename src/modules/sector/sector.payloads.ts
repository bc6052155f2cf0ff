import { PayloadType } from '../../common/user-errors';
import { Sector } from './sector.entity';

export const SectorPayload = PayloadType(
  Sector,
  'Sector',
  'sector',
  'Result of a sector mutation.',
);
