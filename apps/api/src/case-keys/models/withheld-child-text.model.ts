import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

export const ChildTextWithheldReasonEnum = { SHREDDED: 'SHREDDED', UNREADABLE: 'UNREADABLE' } as const;
registerEnumType(ChildTextWithheldReasonEnum, {
  name: 'ChildTextWithheldReason',
  description: 'Issue 6 item 5: why a free text about a child reads as null.',
  valuesMap: {
    SHREDDED: { description: "The case's key was shredded at the end of its retention: the text is gone for good." },
    UNREADABLE: { description: 'The text cannot be decrypted here (the key store has no key for its case, or the ciphertext was altered). Logged.' },
  },
});

@ObjectType({ description: 'Issue 6 item 5: a free text about a child that reads as null, where and why.' })
export class WithheldChildText {
  @Field({ description: 'Where, from the object this list is on: `penPicture`, `criteria.2.evaluation`, `data` (a history entry).' })
  path: string;

  @Field(() => ChildTextWithheldReasonEnum)
  reason: keyof typeof ChildTextWithheldReasonEnum;

  @Field({ description: 'The case whose key it needed.' })
  azeusNumber: string;
}

/** The description of the `withheldChildText` field every record with child text carries. */
export const WITHHELD_CHILD_TEXT_DESCRIPTION =
  "Issue 6 item 5: the child free text of this record that reads as null because its case's key was shredded (or it cannot be decrypted); null when every text reads as written.";

/** The description of a free text about a child that used to be required. */
export const CHILD_TEXT_NULL_WHEN_WITHHELD =
  "Free text about the child (issue 6 item 5): null only when its case's key was shredded (see the record's withheldChildText).";
