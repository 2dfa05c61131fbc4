/** What the nomination services share: the detail they answer with, the write options, the refusals. */
import type { RequestDetail } from '@shared/contract/nominations';
import { refusal, type DomainError } from '@shared/contract/errors';
import type { NominationRefusal } from '@shared/domain/nominations';
import type { MessageParams } from '@shared/messages';
import type { ServiceContext } from '../../lib/context';
import { isoDay } from '@shared/calendar';
import {
  candidateViews,
  liveCandidate,
  liveRequest,
  requestSummaries,
  type CandidateRow,
  type RequestRow,
} from '../../repositories/nominations';
import { ownerCodeOf, requireOwner } from '../../repositories/records';
import type { WriteOptions } from '../../repositories/record-writer';
import { membershipViews } from '../../repositories/register/memberships';

export function today(ctx: ServiceContext): string {
  return isoDay(ctx.now());
}

/** Who writes, when, for which owner (inside the transaction: the owner must be chosen). */
export function writeOptions(ctx: ServiceContext): WriteOptions {
  return { actor: ctx.actor, now: ctx.now().toISOString(), owner: requireOwner(ctx.conn) };
}

/** A refusal of the pure rules, worded from `nominations.<reason>`. */
export function ruleRefusal(reason: NominationRefusal, params: MessageParams = {}): DomainError {
  return refusal('VALIDATION', `nominations.${reason}`, params);
}

export function requireRequest(ctx: ServiceContext, id: string): RequestRow {
  const row = liveRequest(ctx.conn, id);
  if (!row) throw refusal('NOT_FOUND', 'nominations.requestNotFound');
  return row;
}

export function requireCandidate(ctx: ServiceContext, id: string): CandidateRow {
  const row = liveCandidate(ctx.conn, id);
  if (!row) throw refusal('NOT_FOUND', 'nominations.candidateNotFound');
  return row;
}

/** A request with its candidates and, for a seat, the seat's current and planned holders. */
export function readDetail(ctx: ServiceContext, requestId: string): RequestDetail {
  const owner = ownerCodeOf(ctx.conn);
  const day = today(ctx);
  const [request] = requestSummaries(ctx.conn, { id: requestId }, day, owner);
  if (!request) throw refusal('NOT_FOUND', 'nominations.requestNotFound');
  const candidates = candidateViews(ctx.conn, { requestId }, day, owner);
  const seatHolders =
    request.seatId === null
      ? []
      : membershipViews(ctx.conn, { groupId: request.groupId }, day, owner).filter(
          (m) => m.seatId === request.seatId && m.phase !== 'PAST',
        );
  return { request, candidates, seatHolders };
}
