import { PayloadType } from '../../common/user-errors';
import { Source } from './source.entity';

export const SourcePayload = PayloadType(
  Source,
  'Source',
  'source',
  'Result of a source mutation.',
);
