import { ConnectionType } from '../../common/relay/connection.types';
import { Person } from './person.entity';

export const PersonConnection = ConnectionType(Person, 'Person');
export type PersonConnection = InstanceType<typeof PersonConnection>;
