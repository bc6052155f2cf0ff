/** The two channels a party's interests come through: meetings, and statements at the UN. */
export type Channel = 'MEETINGS' | 'STATEMENTS';

/** Every meeting kind but a General Debate statement. */
const MEETING_KINDS = [
  'BILATERAL_MEETING',
  'OFFICIAL_VISIT',
  'POLITICAL_DIALOGUE',
  'PARLIAMENTARY_VISIT',
  'COMMISSION_SESSION',
  'PHONE_CALL',
  'SUMMIT',
  'MULTILATERAL_MEETING',
  'VIDEO_CONFERENCE',
  'OTHER',
];
const KINDS: Record<Channel, string[]> = {
  MEETINGS: MEETING_KINDS,
  STATEMENTS: ['GENERAL_DEBATE_STATEMENT'],
};

/**
 * The analytics filter field that selects one channel. Until the `channels` filter is served it
 * names the meeting kinds; once it is, this line becomes `channels: [${channel}]`.
 */
export const channelFilter = (channel: Channel): string =>
  `meetingKinds: [${KINDS[channel].join(', ')}]`;
