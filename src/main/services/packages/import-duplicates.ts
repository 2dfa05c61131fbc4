import type { PossibleDuplicate } from '@shared/contract/packages';
import { foldText } from '@shared/text/fold';
import type { Connection } from '../../db/data';
import type { WireRecord } from '../../domain/packages/wire';
import { livePersonIdentities, type PersonIdentity } from '../../repositories/packages/record-store';

/**
 * Possible duplicates among the new persons of an import: a live person here with the same e-mail, or the
 * same name (folded) in the same organisation. The persons here are read once, when the first new person
 * arrives.
 */
export class DuplicateFinder {
  readonly found: PossibleDuplicate[] = [];
  private index: { byEmail: Map<string, PersonIdentity>; byName: Map<string, PersonIdentity> } | null = null;

  constructor(
    private readonly conn: Connection,
    private readonly max: number,
  ) {}

  flag(person: WireRecord): void {
    if (this.found.length >= this.max) return;
    const index = (this.index ??= this.build());
    if (index.byEmail.size === 0 && index.byName.size === 0) return; // nobody here to match (an empty installation)
    const email = typeof person.email === 'string' ? person.email.toLowerCase() : null;
    const byEmail = email === null ? undefined : index.byEmail.get(email);
    const byName = index.byName.get(`${foldText(String(person.name))}|${String(person.organisationId)}`);
    const match = byEmail ?? byName;
    if (!match || match.id === person.id) return;
    this.found.push({
      incomingId: String(person.id),
      incomingName: String(person.name),
      localId: String(match.id),
      localName: String(match.name),
      match: byEmail ? 'email' : 'name-and-organisation',
    });
  }

  private build() {
    const byEmail = new Map<string, PersonIdentity>();
    const byName = new Map<string, PersonIdentity>();
    for (const row of livePersonIdentities(this.conn)) {
      if (typeof row.email === 'string') byEmail.set(row.email.toLowerCase(), row);
      byName.set(`${foldText(String(row.name))}|${String(row.organisation_id)}`, row);
    }
    return { byEmail, byName };
  }
}
