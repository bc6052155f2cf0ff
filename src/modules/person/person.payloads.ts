import { PayloadType } from '../../common/user-errors';
import { Person } from './person.entity';
import { Position } from './position.entity';

export const PersonPayload = PayloadType(
  Person,
  'Person',
  'person',
  'Result of a person mutation.',
);
export const PositionPayload = PayloadType(
  Position,
  'Position',
  'position',
  'Result of a position mutation.',
);
