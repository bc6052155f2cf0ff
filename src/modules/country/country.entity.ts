import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { Node } from '../../common/relay/node.interface';

export enum PartyKind {
  STATE = 'STATE',
  INTERNATIONAL_ORGANIZATION = 'INTERNATIONAL_ORGANIZATION',
}

registerEnumType(PartyKind, {
  name: 'PartyKind',
  description: 'Whether a party to diplomacy is a state or an international organization.',
  valuesConfig: {
    STATE: {
      description:
        'A country with an ISO 3166-1 code, or a state that no longer exists with its ISO 3166-3 code and validTo.',
    },
    INTERNATIONAL_ORGANIZATION: {
      description: 'A body such as the EU, UN, NATO, ASEAN or OSCE acting as a party.',
    },
  },
});

/**
 * A party to diplomacy. States carry their ISO 3166-1 codes (states that no longer exist their
 * ISO 3166-3 code and a validTo date); international organizations carry codes that cannot
 * collide with ISO's (see country-codes.ts).
 */
@ObjectType({
  implements: Node,
  description:
    'A party to diplomacy: a state (ISO 3166-1) or an international organization acting as one.',
})
@Entity()
export class Country extends Node {
  @Field(() => PartyKind, { description: 'State or international organization.' })
  @Column({ type: 'enum', enum: PartyKind, enumName: 'party_kind', default: PartyKind.STATE })
  kind!: PartyKind;

  @Field({
    description:
      'The code every query accepts: ISO alpha-2 for states (AZ), the organization code otherwise (EU, NATO).',
  })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 8 })
  code!: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code (states only).' })
  @Index({ unique: true })
  @Column({ type: 'char', length: 2, nullable: true })
  alpha2!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-3 code (states only).' })
  @Index({ unique: true })
  @Column({ type: 'char', length: 3, nullable: true })
  alpha3!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 3166-1 numeric code, three digits with leading zeros (states only).',
  })
  @Column({ type: 'char', length: 3, nullable: true })
  numeric!: string | null;

  @Field({ description: 'English short name.' })
  @Column({ type: 'text' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'For a state that no longer exists (ISO 3166-3, such as SUHH for the USSR): the last day it existed (YYYY-MM-DD). Null for current states and organizations.',
  })
  @Column({ type: 'date', nullable: true })
  validTo!: string | null;
}
