import { ArrayMaxSize, IsOptional } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { AgreementKind } from './agreement.entity';

@InputType({ description: 'Narrows a list of agreements. Every given condition must hold.' })
export class AgreementFilter {
  @Field(() => [String], {
    nullable: true,
    description: 'Every listed party must be a party to the agreement.',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  countryCodes?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Sector codes; a parent sector also matches its children.',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  sectorCodes?: string[];

  @Field(() => AgreementKind, { nullable: true, description: 'Only agreements of this kind.' })
  @IsOptional()
  kind?: AgreementKind;
}
