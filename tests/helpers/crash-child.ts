/**
 * The writer of tests/integration/crash.test.ts (run as a child process and killed with SIGKILL at
 * a random moment). It opens the database through the real factory (`openDatabase`: pragmas read
 * back, WAL, synchronous=FULL) and writes batches through the real row builders and the real
 * hash-chained audit log: per transaction 1–8 persons, one membership each, one audit entry per row,
 * and a marker setting `crash:<batch>` with the counts it wrote. After each commit it prints
 * `committed <batch>` (and `begin <batch>` before it), so the parent knows which batches were
 * acknowledged and whether the kill hit a transaction.
 *
 * argv: <dbPath> <runId> <groupId>
 */
import { openDatabase } from '../../src/main/db/connection';
import { qb, run, transaction } from '../../src/main/db/data';
import { appendAuditEntry } from '../../src/main/repositories/audit';
import { newRecordColumns } from '../../src/main/repositories/sync-columns';
import { randomId } from '../../src/main/lib/ids';
import { personColumns } from '../../src/main/services/register/persons';
import { membershipColumns } from '../../src/main/services/register/memberships';

const [dbPath, runId, groupId] = process.argv.slice(2);
if (!dbPath || !runId || !groupId) throw new Error('usage: crash-child <dbPath> <runId> <groupId>');

const OWNER = '23';

function writeBatch(opened: Awaited<ReturnType<typeof openDatabase>>, batch: string, persons: number): void {
  const now = new Date().toISOString();
  const conn = opened.conn;
  transaction(conn, () => {
    for (let i = 0; i < persons; i++) {
      const personId = randomId();
      const input = {
        name: `crash ${batch} ${i}`,
        email: null,
        phone: '',
        regionCode: OWNER,
        organisationId: null,
        profession: '',
        gender: null,
        notes: '',
      };
      const person = { ...newRecordColumns(personId, OWNER, now), ...personColumns(input), ended_on: null };
      run(conn, qb.insertInto('persons').values(person));
      appendAuditEntry(
        conn,
        { action: 'create', entity: 'persons', recordId: personId, before: null, after: { id: personId } },
        'crash',
        now,
      );
      const membershipId = randomId();
      const fields = {
        personId,
        groupId: groupId!,
        seatId: null,
        role: 'MEMBER' as const,
        startDate: '2026-01-01',
        endDate: null,
        allocationBp: 1000,
        status: 'DECIDED' as const,
        notes: '',
      };
      const membership = { ...newRecordColumns(membershipId, OWNER, now), ...membershipColumns(opened.conn, fields, 'NPO') };
      run(conn, qb.insertInto('memberships').values(membership));
      appendAuditEntry(
        conn,
        { action: 'create', entity: 'memberships', recordId: membershipId, before: null, after: { id: membershipId } },
        'crash',
        now,
      );
    }
    const marker = JSON.stringify({ persons, memberships: persons, audit: persons * 2 });
    run(conn, qb.insertInto('settings').values({ key: `crash:${batch}`, value: marker }));
  });
}

async function main(): Promise<void> {
  const opened = await openDatabase(dbPath!, { create: false, now: () => new Date() });
  process.stdout.write('ready\n');
  for (let n = 0; ; n++) {
    const batch = `${runId}-${n}`;
    process.stdout.write(`begin ${batch}\n`);
    writeBatch(opened, batch, 1 + Math.floor(Math.random() * 8));
    process.stdout.write(`committed ${batch}\n`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`crash-child: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
