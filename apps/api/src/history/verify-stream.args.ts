import { ArgsType, Field } from '@nestjs/graphql';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

@ArgsType()
export class VerifyStreamArgs {
  @Field({ description: 'A stream id, `<category>-<id>`.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  streamId: string;
}
