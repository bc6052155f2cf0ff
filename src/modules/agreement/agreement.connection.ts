import { ConnectionType } from '../../common/relay/connection.types';
import { Agreement } from './agreement.entity';

export const AgreementConnection = ConnectionType(Agreement, 'Agreement');
export type AgreementConnection = InstanceType<typeof AgreementConnection>;
