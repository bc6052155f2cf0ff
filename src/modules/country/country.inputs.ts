import { Field, InputType, registerEnumType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { PartyKind } from './country.entity';

export enum CountryOrder {
  NAME_ASC = 'NAME_ASC',
  CODE_ASC = 'CODE_ASC',
}

registerEnumType(CountryOrder, {
  name: 'CountryOrder',
  description: 'Sort order of a country list.',
  valuesConfig: {
    NAME_ASC: { description: 'By English name, A to Z.' },
    CODE_ASC: { description: 'By code, A to Z.' },
  },
});

@InputType({ description: 'Narrows a list of countries and organization parties.' })
export class CountryFilter {
  @Field(() => PartyKind, { nullable: true, description: 'Only states, or only organizations.' })
  @IsOptional()
  kind?: PartyKind;

  @Field({ nullable: true, description: 'Case-insensitive substring of the name or a code.' })
  @IsOptional()
  @MaxLength(100)
  search?: string;
}
