import { PayloadType } from '../../common/user-errors';
import { Agreement } from './agreement.entity';

export const AgreementPayload = PayloadType(
  Agreement,
  'Agreement',
  'agreement',
  'Result of an agreement mutation.',
);
