import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsString, IsUUID, MaxLength } from 'class-validator';
import { SHORT_TEXT } from './validation.js';
import { CommandArgsOf } from '../../commands/command-options.args.js';

@InputType({
  description:
    'REP-2: the learning themes a submitted audit shows, tagged by its auditor, a senior manager (Head of Service, Chief Officer, Director) or S&QA. The list replaces the audit\'s themes (empty removes them); themes are trimmed, matched without regard to case or spacing, and a theme already on the audit keeps the words it was first written in.',
})
export class TagCaseFileAuditLearningThemesInput {
  @Field(() => ID) @IsUUID() auditId: string;

  @Field(() => [String], { description: 'At most 20 themes of 1 to 100 characters (checked by the domain, REP-2).' })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(SHORT_TEXT, { each: true })
  themes: string[];
}

@ArgsType()
export class TagCaseFileAuditLearningThemesArgs extends CommandArgsOf(TagCaseFileAuditLearningThemesInput) {}
