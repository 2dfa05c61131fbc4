/**
 * One region's persons' parts of the year cost report (domain/cost-plan/region-parts.ts) as saved at
 * shutdown (year-seeds.ts): kept as the saved JSON text until a catch-up needs them. A catch-up after a
 * small change touches one region or two, and reading every person's part nationally (about 4 MB of JSON)
 * would cost more than the rest of it; whether a region's text names a person or a membership is a
 * substring search (ids are UUIDs, quoted in the text).
 */
import type { OtherLine, PersonPart } from '../domain/cost-plan/region-parts';

/** Saved parts that do not read as parts (another shape): the catch-up gives up and the report is computed in full. */
export class UnreadableParts extends Error {}

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
      const parsed = new Map<string, PersonPart>();
      for (const [id, region, memberships, counted, costOre, costed, others] of readBodies(this.text ?? '[]'))
        parsed.set(id, { region, memberships, counted, costOre, costed, others });
      this.parsed = parsed;
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

function readBodies(text: string): PersonBody[] {
  let rows: unknown;
  try {
    rows = JSON.parse(text);
  } catch {
    throw new UnreadableParts('saved parts are not JSON');
  }
  const ok = (row: unknown) =>
    Array.isArray(row) &&
    row.length === 7 &&
    typeof row[0] === 'string' &&
    typeof row[1] === 'string' &&
    Array.isArray(row[2]) &&
    typeof row[4] === 'number' &&
    typeof row[5] === 'number' &&
    Array.isArray(row[6]);
  if (!Array.isArray(rows) || !rows.every(ok)) throw new UnreadableParts('saved parts of another shape');
  return rows as PersonBody[];
}
