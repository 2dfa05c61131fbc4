/**
 * One region's persons' parts of the year cost report (domain/cost-plan/region-parts.ts) as saved at
 * shutdown (year-seeds.ts): kept as the saved JSON text until a catch-up needs them. A catch-up after a
 * small change touches one region or two, and reading every person's part nationally (about 4 MB of JSON)
 * would cost more than the rest of it; whether a region's text names a person or a membership is a
 * substring search (ids are UUIDs, quoted in the text).
 */
import type { OtherLine, PersonPart } from '../domain/cost-plan/region-parts';

/** A person's part as saved: [person id, region, membership ids, counted, costOre, costed, others]. */
type PersonBody = [string, string, string[], boolean, number, number, OtherLine[]];

export class RegionPersons {
  private constructor(
    private text: string | null,
    private parsed: Map<string, PersonPart> | null,
  ) {}

  static fromText(text: string): RegionPersons {
    return new RegionPersons(text, null);
  }

  static fromParts(parts: Map<string, PersonPart>): RegionPersons {
    return new RegionPersons(null, parts);
  }

  /** Whether a person of the region has the id or holds a membership of that id. */
  names(id: string): boolean {
    if (this.text !== null) return this.text.includes(`"${id}"`);
    if (this.parsed?.has(id)) return true;
    for (const part of this.parsed?.values() ?? []) if (part.memberships.includes(id)) return true;
    return false;
  }

  /** The parts by person id, read from the text the first time (the caller may change them). */
  parts(): Map<string, PersonPart> {
    if (this.parsed === null) {
      this.parsed = new Map();
      for (const [id, region, memberships, counted, costOre, costed, others] of JSON.parse(this.text ?? '[]') as PersonBody[])
        this.parsed.set(id, { region, memberships, counted, costOre, costed, others });
      this.text = null;
    }
    return this.parsed;
  }

  /** The parts as saved text (the text read, while they were never asked for). */
  toText(): string {
    if (this.text !== null) return this.text;
    const rows: PersonBody[] = [...this.parts()].map(([id, p]) => [id, p.region, p.memberships, p.counted, p.costOre, p.costed, p.others]);
    return JSON.stringify(rows);
  }
}
