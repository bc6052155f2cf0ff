import { ConnectionType } from '../../common/relay/connection.types';
import { Meeting } from './meeting.entity';

export const MeetingConnection = ConnectionType(Meeting, 'Meeting');
export type MeetingConnection = InstanceType<typeof MeetingConnection>;
