import { ConnectionType } from '../../common/relay/connection.types';
import { Country } from './country.entity';

export const CountryConnection = ConnectionType(Country, 'Country');
export type CountryConnection = InstanceType<typeof CountryConnection>;
