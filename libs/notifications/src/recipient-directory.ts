/**
 * Where to reach a member of staff. Staff records hold no e-mail addresses, so the address is
 * looked up here: a fixed list, or a rule from the staff id. A recipient who cannot be found is
 * reported by the dispatcher as a failed attempt (the notification stays pending, and says why).
 */

export type RecipientAddress = { readonly address: string; readonly name: string | null };

export interface RecipientDirectory {
  addressOf(staffId: string): Promise<RecipientAddress | null>;
}

/** A fixed list of staff ids and addresses. */
export class StaticRecipientDirectory implements RecipientDirectory {
  private readonly entries: ReadonlyMap<string, RecipientAddress>;

  constructor(entries: Readonly<Record<string, string | RecipientAddress>>) {
    this.entries = new Map(
      Object.entries(entries).map(([staffId, entry]) => [staffId, typeof entry === 'string' ? { address: entry, name: null } : entry]),
    );
  }

  async addressOf(staffId: string): Promise<RecipientAddress | null> {
    return this.entries.get(staffId) ?? null;
  }
}

const LOCAL_PART = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+$/;

/** `<staffId>@<domain>`, for councils whose staff ids are their mailbox names. */
export class DomainRecipientDirectory implements RecipientDirectory {
  constructor(private readonly domain: string) {
    if (!/^[A-Za-z0-9.-]+$/.test(domain)) throw new Error(`Not a mail domain: ${domain}`);
  }

  async addressOf(staffId: string): Promise<RecipientAddress | null> {
    return LOCAL_PART.test(staffId) ? { address: `${staffId}@${this.domain}`, name: null } : null;
  }
}
