import { Inject, Injectable, Logger, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { from, mergeMap, type Observable } from 'rxjs';
import type { CaseKeyStore } from '../../../../libs/crypto/src/case-key-store.port.js';
import { ChildTextReader } from '../../../../libs/crypto/src/child-text-reader.js';
import { CASE_KEY_STORE } from './case-keys.tokens.js';

/**
 * Issue 6 item 5: the read models and the log hold child text sealed; this opens it in every
 * GraphQL answer on its way out, with the case keys as they are now. One reader per request, so
 * each key is looked up once per request and a shredded key takes effect on the next request,
 * without a rebuild. A text whose key was shredded answers null, and the record carrying it lists
 * it in `withheldChildText`.
 */
@Injectable()
export class ChildTextInterceptor implements NestInterceptor {
  private readonly logger = new Logger('ChildText');
  private readonly readers = new WeakMap<object, ChildTextReader>();

  constructor(@Inject(CASE_KEY_STORE) private readonly keys: CaseKeyStore) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const reader = this.readerFor(GqlExecutionContext.create(context).getContext<{ req?: object }>().req);
    return next.handle().pipe(mergeMap((answer) => from(reader.reveal(answer))));
  }

  private readerFor(request: object | undefined): ChildTextReader {
    const make = () =>
      new ChildTextReader(this.keys, {
        onUnreadable: (azeusNumber, why) => this.logger.error(`Child text of case ${azeusNumber} cannot be decrypted: ${why}`),
      });
    if (request === undefined) return make();
    let reader = this.readers.get(request);
    if (reader === undefined) this.readers.set(request, (reader = make()));
    return reader;
  }
}
