import { v5 } from 'uuid';

/** Namespace for event ids derived from command ids (UUID v5). Never change it. */
export const EVENT_ID_NAMESPACE = '3f1f6a5e-8a8e-5d55-9a51-6b1f2f9c0d3e';

/** The id of the index-th event a command produces: retrying the command yields the same ids. */
export function eventIdFor(commandId: string, index: number): string {
  return v5(`${commandId}:${index}`, EVENT_ID_NAMESPACE);
}
