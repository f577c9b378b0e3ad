import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { IsLongText, IsShortText } from '../../case-file-audits/dto/validation.js';
import { CommandArgsOf } from '../../commands/command-options.args.js';

@InputType({ description: "Issue 6 item 5: shred the key of a case whose retention has ended; its child text becomes unreadable for good." })
export class ShredCaseKeyInput {
  @Field({ description: "The case's Azeus number." })
  @IsShortText()
  azeusNumber: string;

  @Field({ description: 'Why now: the retention rule and date, e.g. "case closed 2018-03-31, kept 6 years".' })
  @IsLongText()
  reason: string;
}

@ArgsType()
export class ShredCaseKeyArgs extends CommandArgsOf(ShredCaseKeyInput) {}

@ArgsType()
export class CaseKeyStatusArgs {
  @Field({ description: "The case's Azeus number." })
  @IsShortText()
  azeusNumber: string;
}
