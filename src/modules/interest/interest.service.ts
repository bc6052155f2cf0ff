import { DataSource } from 'typeorm';
import { Loaders } from '../../common/loaders';
import { Meeting } from '../meeting/meeting.entity';
import { SectorInterest } from './interest.entity';

export class InterestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly loaders: Loaders,
  ) {}

  byId(id: number | null): Promise<SectorInterest | null> {
    return this.loaders.ref(SectorInterest, id);
  }

  forMeeting(meeting: Meeting): Promise<SectorInterest[]> {
    return this.loaders.byColumn(SectorInterest, 'meetingId').load(meeting.id);
  }
}
