import { ConnectionType } from '../../common/relay/connection.types';
import { Sector } from './sector.entity';

export const SectorConnection = ConnectionType(Sector, 'Sector');
export type SectorConnection = InstanceType<typeof SectorConnection>;
