import { Loaders } from '../../common/loaders';
import { Meeting } from '../meeting/meeting.entity';
import { SectorInterest } from './interest.entity';

export class InterestService {
  constructor(private readonly loaders: Loaders) {}

  forMeeting(meeting: Meeting): Promise<SectorInterest[]> {
    return this.loaders.byColumn(SectorInterest, 'meetingId').load(meeting.id);
  }
}
