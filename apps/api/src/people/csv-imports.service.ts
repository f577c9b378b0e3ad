import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Actor } from '../../../../libs/domain/src/shared/decider.js';
import type { EventStore } from '../../../../libs/event-store/src/event-store.port.js';
import { ExecuteDomainCommand } from '../commands/execute-domain-command.js';
import { EVENT_STORE } from '../infrastructure/tokens.js';
import { CsvImportRejectedError } from './csv-import-rejected.error.js';
import { importCsv, type CsvImportKind } from './csv-import.js';
import type { ImportCsvArgs } from './dto/import-csv.args.js';
import type { CsvImportReport } from './models/csv-import-report.model.js';
import { toCsvImportReport } from './people.mapper.js';

/** Runs a staff or caseload import for a request: planned against the log, each command over the CommandBus. */
@Injectable()
export class CsvImports {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly commandBus: CommandBus,
  ) {}

  async run(kind: CsvImportKind, args: ImportCsvArgs, actor: Actor): Promise<CsvImportReport> {
    const outcome = await importCsv(
      this.store,
      {
        kind,
        csv: args.csv,
        actor: { staffId: actor.staffId, role: actor.role },
        now: new Date().toISOString(),
        ...(args.effectiveFrom == null ? {} : { effectiveFrom: args.effectiveFrom }),
      },
      (streamId, decider, command) => this.commandBus.execute(new ExecuteDomainCommand(streamId, decider, command)),
    );
    if (!outcome.ok) throw new CsvImportRejectedError(kind, outcome.fileSha256, outcome.errors);
    return toCsvImportReport(outcome);
  }
}
