import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { caseDecider, caseStreamId } from '../../../../libs/domain/src/case/index.js';
import type { Actor } from '../../../../libs/domain/src/shared/decider.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { commandMetadata } from '../commands/command-metadata.js';
import { CommandReceipt } from '../commands/command-receipt.model.js';
import { ExecuteDomainCommand } from '../commands/execute-domain-command.js';
import { CorrelationId } from '../correlation/correlation-id.decorator.js';
import { CsvImports } from '../people/csv-imports.service.js';
import { ImportCsvArgs } from '../people/dto/import-csv.args.js';
import { CsvImportReport } from '../people/models/csv-import-report.model.js';
import { RegisterCaseArgs } from './dto/case.input.js';

/** The caseload: the CSV import of the case-management system's export, and one case at a time. */
@Resolver()
export class CasesMutationsResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly imports: CsvImports,
  ) {}

  @Mutation(() => CsvImportReport, {
    description:
      'Import the caseload CSV exported from the case-management system (projections/staff/IMPORT.md), after the staff file: all or nothing, idempotent. A file with any bad row is refused with BAD_USER_INPUT listing every row in extensions.invalidRows, and nothing is recorded. S&QA only.',
  })
  importCaseload(@Args() args: ImportCsvArgs, @CurrentActor() actor: Actor): Promise<CsvImportReport> {
    return this.imports.run('caseload', args, actor);
  }

  @Mutation(() => CommandReceipt, { description: 'Record one case opened. S&QA only.' })
  async registerCase(
    @Args() { input, ...options }: RegisterCaseArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    const result = await this.commandBus.execute(
      new ExecuteDomainCommand(
        caseStreamId(input.azeusNumber),
        caseDecider,
        {
          type: 'OpenCase',
          data: {
            azeusNumber: input.azeusNumber,
            category: input.category,
            teamId: input.teamId,
            allocatedWorkerId: input.allocatedWorkerId ?? null,
            openedOn: input.openedOn,
          },
          metadata,
        },
        options.expectedRevision ?? undefined,
      ),
    );
    return CommandReceipt.of(input.azeusNumber, result);
  }
}
