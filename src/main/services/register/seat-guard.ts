/**
 * A seat is held by one person at a time: saving an assignment into a seat held on any of its days
 * is refused with `seat.taken` (the holder's name and dates, never an id), unless the caller asks for
 * the successor path, which ends the holder the day before the new start (through the record writer,
 * in the caller's transaction).
 */
import { DomainError } from '@shared/contract/errors';
import type { Connection } from '../../db/data';
import { seatLabel, seatsPerHealthcareRegion } from '../../domain/register-rules';
import { seatClashes, successorEnd, type SeatSpan } from '../../domain/seat-overlap';
import { write, type WriteOptions } from '../../repositories/record-writer';
import { liveGroupType, liveSeat } from '../../repositories/register/groups';
import { seatHolders, type SeatHolder } from '../../repositories/register/memberships';

function readableSeat(conn: Connection, seatId: string): string {
  const seat = liveSeat(conn, seatId);
  if (!seat) return '';
  const groupType = liveGroupType(conn, seat.group_id);
  const perRegion = groupType === undefined ? null : seatsPerHealthcareRegion(groupType);
  return seatLabel(seat, perRegion) ?? '';
}

function seatTaken(conn: Connection, candidate: SeatSpan, holder: SeatHolder, replaceable: boolean): DomainError {
  const seat = readableSeat(conn, holder.seatId ?? '');
  const until = holder.endDate ?? 'tills vidare';
  const fix = replaceable ? `; välj en annan plats eller ersätt från ${candidate.startDate}` : '; välj en annan plats eller andra datum';
  return new DomainError('CONFLICT', `Platsen ${seat} innehas av ${holder.personName} ${holder.startDate} – ${until}${fix}`, {
    key: 'seat.taken',
    params: {
      seat,
      holderName: holder.personName,
      holderStart: holder.startDate,
      holderEnd: holder.endDate ?? '',
      replaceFrom: candidate.startDate,
      replaceable: replaceable ? 1 : 0,
    },
  });
}

/**
 * Refuses a candidate span that shares a day with another assignment of its seat or, with
 * `replace`, ends every such holder the day before the candidate starts. A holder who starts on or
 * after that day cannot be replaced (it would have no day left): that stays a refusal.
 */
export function guardSeat(conn: Connection, candidate: SeatSpan, replace: boolean, how: WriteOptions): void {
  if (candidate.seatId === null) return;
  const clashes = seatClashes(candidate, seatHolders(conn, candidate.seatId));
  if (clashes.length === 0) return;
  const ends = clashes.map((holder) => ({ holder, end: successorEnd(holder, candidate.startDate) }));
  const replaceable = ends.every((e) => e.end !== null && e.holder.owner === how.owner);
  if (!replace || !replaceable) throw seatTaken(conn, candidate, clashes[0]!, replaceable);
  for (const { holder, end } of ends) {
    write(
      conn,
      'memberships',
      { id: holder.id },
      { end_date: end, status: 'ENDED' },
      { ...how, action: 'end', auditAction: 'end-successor' },
    );
  }
}
