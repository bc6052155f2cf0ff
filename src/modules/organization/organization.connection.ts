import { ConnectionType } from '../../common/relay/connection.types';
import { Organization } from './organization.entity';

export const OrganizationConnection = ConnectionType(Organization, 'Organization');
export type OrganizationConnection = InstanceType<typeof OrganizationConnection>;
