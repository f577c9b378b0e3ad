import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { CaseKeyStore } from '../../../../libs/crypto/src/case-key-store.port.js';
import { CASE_KEY_STORE } from './case-keys.tokens.js';
import { CaseKeyStatusArgs } from './dto/case-key.input.js';
import { CaseKeyStatus } from './models/case-key-status.model.js';

@Resolver()
export class CaseKeysQueriesResolver {
  constructor(@Inject(CASE_KEY_STORE) private readonly keys: CaseKeyStore) {}

  @Query(() => CaseKeyStatus, {
    description: "Issue 6 item 5: whether a case's child text can still be read (its key NONE yet, ACTIVE or SHREDDED), from the key store itself.",
  })
  async caseKeyStatus(@Args() { azeusNumber }: CaseKeyStatusArgs): Promise<CaseKeyStatus> {
    return CaseKeyStatus.of(await this.keys.status(azeusNumber.trim()));
  }
}
