import { ArrayMaxSize, IsOptional } from 'class-validator';
import { LocalDateScalar } from '../../common/graphql/local-date';
import { Field, InputType, registerEnumType } from 'type-graphql';
import { InterestStance } from '../interest/interest.entity';
import { MeetingKind } from '../meeting/meeting.entity';

export enum InterestDimension {
  SECTOR = 'SECTOR',
  COUNTRY = 'COUNTRY',
  PARTNER = 'PARTNER',
  PERIOD = 'PERIOD',
}

registerEnumType(InterestDimension, {
  name: 'InterestDimension',
  description: 'A dimension that sector-interest buckets can be grouped by.',
  valuesConfig: {
    SECTOR: {
      description:
        'The sector. Rolls up to the sectors named in filter.sectorCodes, or to the top-level sectors when none are named; with exactSector the recorded sector.',
    },
    COUNTRY: { description: 'The party that expressed the interest.' },
    PARTNER: { description: 'The party the interest was expressed towards.' },
    PERIOD: {
      description:
        'The calendar period of the meeting (see Period and docs/analytics.md for coarse dates).',
    },
  },
});

export enum InterestChannel {
  MEETINGS = 'MEETINGS',
  STATEMENTS = 'STATEMENTS',
}

registerEnumType(InterestChannel, {
  name: 'InterestChannel',
  description:
    'Where an interest was voiced. An analytics filter without channels (or with an empty list) counts both.',
  valuesConfig: {
    MEETINGS: {
      description: 'At meetings of every kind but GENERAL_DEBATE_STATEMENT.',
    },
    STATEMENTS: {
      description: 'In UN General Debate statements (meetings of kind GENERAL_DEBATE_STATEMENT).',
    },
  },
});

export enum Period {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}

registerEnumType(Period, {
  name: 'Period',
  description:
    'Calendar period for time buckets. A meeting dated only to a coarser precision than the period lands in a bucket of its own precision, flagged by periodPrecision.',
  valuesConfig: {
    MONTH: { description: 'Calendar months.' },
    QUARTER: { description: 'Calendar quarters (January, April, July, October).' },
    YEAR: { description: 'Calendar years.' },
  },
});

export enum TopSectorOrder {
  MENTIONS = 'MENTIONS',
  DISTINCTIVE = 'DISTINCTIVE',
}

registerEnumType(TopSectorOrder, {
  name: 'TopSectorOrder',
  description: 'How topSectors ranks the sectors of a party.',
  valuesConfig: {
    MENTIONS: { description: 'Most mentions first.' },
    DISTINCTIVE: {
      description:
        'Most distinctive first: the sectors the party raises more than all parties together do, by TopSector.distinctiveness.',
    },
  },
});

@InputType({
  description:
    'Narrows the interests an analytics query counts. Every given condition must hold; list conditions match any listed value.',
})
export class InterestFilter {
  @Field(() => [String], {
    nullable: true,
    description:
      'Parties that expressed the interest: alpha-2, alpha-3 or organization codes (EU, NATO...), any case.',
  })
  @IsOptional()
  @ArrayMaxSize(300)
  countryCodes?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Parties the interest was expressed towards, coded like countryCodes.',
  })
  @IsOptional()
  @ArrayMaxSize(300)
  partnerCodes?: string[];

  @Field(() => [String], {
    nullable: true,
    description:
      'Sector codes. A parent sector also matches its sub-sectors unless exactSector is true.',
  })
  @IsOptional()
  @ArrayMaxSize(100)
  sectorCodes?: string[];

  @Field(() => [InterestStance], {
    nullable: true,
    description: 'Only interests of these stances.',
  })
  @IsOptional()
  @ArrayMaxSize(10)
  stances?: InterestStance[];

  @Field(() => [MeetingKind], {
    nullable: true,
    description: 'Only interests raised at meetings of these kinds.',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  meetingKinds?: MeetingKind[];

  @Field(() => [InterestChannel], {
    nullable: true,
    description:
      'Only interests voiced in these channels (meetings, General Debate statements); absent or empty counts both.',
  })
  @IsOptional()
  @ArrayMaxSize(2)
  channels?: InterestChannel[];

  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      'Earliest date (inclusive). A meeting counts only when the whole period its date denotes lies in [from, to]: "2022-07" counts from 2022-07-01 but not from 2022-07-15.',
  })
  @IsOptional()
  from?: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Latest date (inclusive); a coarse date counts only when its period ends by then.',
  })
  @IsOptional()
  to?: string;
}
