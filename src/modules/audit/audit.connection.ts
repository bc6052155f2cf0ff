import { ConnectionType } from '../../common/relay/connection.types';
import { AuditEntry } from './audit.entity';

export const AuditEntryConnection = ConnectionType(AuditEntry, 'AuditEntry');
export type AuditEntryConnection = InstanceType<typeof AuditEntryConnection>;
