import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { CaseKeyStatus as CaseKeyStatusValue } from '../../../../../libs/crypto/src/case-key-store.port.js';

export const CaseKeyStateEnum = { NONE: 'NONE', ACTIVE: 'ACTIVE', SHREDDED: 'SHREDDED' } as const;
registerEnumType(CaseKeyStateEnum, {
  name: 'CaseKeyState',
  description: "Issue 6 item 5: the key that encrypts a case's child text.",
  valuesMap: {
    NONE: { description: 'No text about this child has been encrypted yet; a key is made the first time.' },
    ACTIVE: { description: "The key exists: the case's child text reads as written." },
    SHREDDED: { description: "The key was shredded at the end of the case's retention: its child text reads as null, for good." },
  },
});

@ObjectType({ description: "Issue 6 item 5: whether a case's child text can still be read. Never the key itself." })
export class CaseKeyStatus {
  @Field({ description: "The case's Azeus number." }) azeusNumber: string;
  @Field(() => CaseKeyStateEnum) state: keyof typeof CaseKeyStateEnum;
  @Field(() => String, { nullable: true, description: 'When the key was made (the first child text of the case encrypted).' }) createdAt: string | null;
  @Field(() => String, { nullable: true, description: 'When it was shredded.' }) shreddedAt: string | null;
  @Field(() => String, { nullable: true, description: 'Who shredded it (staff id).' }) shreddedBy: string | null;

  static of(status: CaseKeyStatusValue): CaseKeyStatus {
    return Object.assign(new CaseKeyStatus(), {
      azeusNumber: status.caseId,
      state: status.state,
      createdAt: status.state === 'NONE' ? null : status.createdAt,
      shreddedAt: status.state === 'SHREDDED' ? status.shreddedAt : null,
      shreddedBy: status.state === 'SHREDDED' ? status.shreddedBy : null,
    });
  }
}
