/** The two channels a party's interests come through: meetings, and statements at the UN. */
export type Channel = 'MEETINGS' | 'STATEMENTS';

/** The analytics filter field that selects one channel. */
export const channelFilter = (channel: Channel): string => `channels: [${channel}]`;
