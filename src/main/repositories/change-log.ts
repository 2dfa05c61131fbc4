import { all, first, qb, readTransaction, type Connection } from '../db/data';

/** What the change log holds after a sequence number: the tables touched, and where its entries begin. */
export type ChangesAfter = {
  /** The last sequence number the log handed out (0 when none): it keeps growing across prunes. */
  last: number;
  /** The lowest sequence number still in the log above `since` (null when none is). */
  firstKept: number | null;
  /** The tables with an entry above `since`. */
  tables: string[];
};

/** The log's state after `since`, read in one snapshot so the three answers agree. */
export function changesAfter(conn: Connection, since: number): ChangesAfter {
  return readTransaction(conn, () => {
    const sequence = conn.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'change_log'").get() as { seq: number } | undefined;
    const lowest = first(
      conn,
      qb
        .selectFrom('change_log')
        .select((eb) => eb.fn.min<number>('seq').as('seq'))
        .where('seq', '>', since),
    );
    const tables = all(conn, qb.selectFrom('change_log').select('entity').distinct().where('seq', '>', since));
    return { last: sequence?.seq ?? 0, firstKept: lowest?.seq ?? null, tables: tables.map((row) => row.entity) };
  });
}
