/**
 * Which seat an imported assignment takes: the seat a "Plats" column names, or else the first free seat of the
 * person's healthcare region (the seat of their region for regionally seated groups). Pure: the seats, who holds
 * them when, and the regions come in as a snapshot; seats taken earlier in the same import count as held.
 */
import type { ImportReason } from '@shared/contract/register-import';
import type { MembershipRole } from '@shared/domain/enums';
import { foldKey } from './normalize';

export type SeatRef = { id: string; groupId: string; healthcareRegionCode: string | null; regionCode: string | null; ordinal: number };
export type SeatHolding = { seatId: string; startDate: string; endDate: string | null };
export type SeatPlaces = {
  /** Region code → the healthcare regions it belongs to (Halland to two). */
  healthcareRegionsOf: ReadonlyMap<string, readonly string[]>;
  /** Healthcare region and region code → the names they are written with. */
  placeNames: ReadonlyMap<string, readonly string[]>;
};

/** Roles that sit on a seat; co-opted members, deputies, secretaries and the like sit beside the seats. */
const SEATED_ROLES: readonly MembershipRole[] = ['MEMBER', 'CHAIR', 'VICE_CHAIR'];

export type SeatChoice = { kind: 'seat'; seat: SeatRef; label: string } | { kind: 'none' } | { kind: 'rejected'; reason: ImportReason };

const overlaps = (a: { startDate: string; endDate: string | null }, b: { startDate: string; endDate: string | null }) =>
  (a.endDate === null || b.startDate <= a.endDate) && (b.endDate === null || a.startDate <= b.endDate);

/** "NORRA" for the only seat of a place, "NORRA 2" when the group has several per place. */
export function seatLabelOf(seat: SeatRef, perPlace: number): string {
  const place = seat.healthcareRegionCode ?? seat.regionCode;
  if (place === null) return String(seat.ordinal);
  return perPlace > 1 ? `${place} ${seat.ordinal}` : place;
}

export class SeatIndex {
  private readonly byGroup = new Map<string, SeatRef[]>();
  private readonly holdings = new Map<string, { startDate: string; endDate: string | null }[]>();

  constructor(
    seats: readonly SeatRef[],
    holdings: readonly SeatHolding[],
    private readonly places: SeatPlaces,
  ) {
    for (const seat of [...seats].sort((a, b) => a.ordinal - b.ordinal))
      this.byGroup.set(seat.groupId, [...this.seatsOf(seat.groupId), seat]);
    for (const h of holdings) this.hold(h.seatId, h);
  }

  private seatsOf(groupId: string): SeatRef[] {
    return this.byGroup.get(groupId) ?? [];
  }

  private hold(seatId: string, period: { startDate: string; endDate: string | null }): void {
    this.holdings.set(seatId, [...(this.holdings.get(seatId) ?? []), period]);
  }

  private isFree(seat: SeatRef, period: { startDate: string; endDate: string | null }): boolean {
    return !(this.holdings.get(seat.id) ?? []).some((h) => overlaps(h, period));
  }

  private label(seat: SeatRef): string {
    const place = seat.healthcareRegionCode ?? seat.regionCode;
    return seatLabelOf(seat, this.seatsOf(seat.groupId).filter((s) => (s.healthcareRegionCode ?? s.regionCode) === place).length);
  }

  /** The seats a "Plats" text names: "Norra", "NORRA", "Norra sjukvårdsregionen", "Norra 2", "23" (a region), "23 2", "2". */
  private named(groupId: string, text: string): SeatRef[] {
    const whole = this.atPlace(groupId, foldKey(text), null);
    if (whole.length > 0) return whole;
    const match = /^(.*?)\s*(\d+)$/.exec(text.trim());
    if (match === null) return [];
    return this.atPlace(groupId, foldKey(match[1]!), Number(match[2]));
  }

  private atPlace(groupId: string, placeKey: string, ordinal: number | null): SeatRef[] {
    return this.seatsOf(groupId).filter((seat) => {
      const place = seat.healthcareRegionCode ?? seat.regionCode;
      const names = place === null ? [] : [place, ...(this.places.placeNames.get(place) ?? [])];
      const placeFits = placeKey === '' ? ordinal !== null : names.some((n) => foldKey(n) === placeKey);
      return placeFits && (ordinal === null || seat.ordinal === ordinal);
    });
  }

  /** The seat an assignment takes, and holds it for the rest of the import. */
  choose(
    groupId: string,
    role: MembershipRole,
    regionCode: string | null,
    period: { startDate: string; endDate: string | null },
    seatText: string | null,
  ): SeatChoice {
    const seats = this.seatsOf(groupId);
    if (seats.length === 0 || !SEATED_ROLES.includes(role)) {
      return seatText === null ? { kind: 'none' } : { kind: 'rejected', reason: { code: 'unknownSeat', params: { value: seatText } } };
    }
    let candidates: SeatRef[];
    if (seatText !== null) {
      candidates = this.named(groupId, seatText);
      if (candidates.length === 0) return { kind: 'rejected', reason: { code: 'unknownSeat', params: { value: seatText } } };
    } else {
      const places = new Set(regionCode === null ? [] : [regionCode, ...(this.places.healthcareRegionsOf.get(regionCode) ?? [])]);
      candidates = seats.filter((s) => places.has(s.healthcareRegionCode ?? s.regionCode ?? ''));
    }
    const free = candidates.find((seat) => this.isFree(seat, period));
    if (free === undefined) {
      return seatText === null ? { kind: 'none' } : { kind: 'rejected', reason: { code: 'seatTaken', params: { value: seatText } } };
    }
    this.hold(free.id, period);
    return { kind: 'seat', seat: free, label: this.label(free) };
  }
}
