import { PayloadType } from '../../common/user-errors';
import { Organization } from './organization.entity';

export const OrganizationPayload = PayloadType(
  Organization,
  'Organization',
  'organization',
  'Result of an organization mutation.',
);
