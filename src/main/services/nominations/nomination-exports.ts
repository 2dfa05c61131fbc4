/** The nomination exports: the open nominations of a healthcare region as .xlsx or PDF, and one candidate's nomination letter. */
import type { z } from 'zod';
import type { ExportFile } from '@shared/contract/cost/exports';
import type { nominationLetterSchema, nominationListExportSchema, RequestSummary } from '@shared/contract/nominations';
import { refusal } from '@shared/contract/errors';
import type { Language } from '@shared/contract/common';
import { healthcareRegionsOf, type RegisterSnapshot } from '../../domain/register-snapshot';
import type { ServiceContext } from '../../lib/context';
import { nominationWords } from '../../reports/nomination-labels';
import { nominationLetterPdf } from '../../reports/nomination-letter';
import { nominationListPdf, nominationListXlsx, type NominationList } from '../../reports/nomination-list';
import { candidateViews, requestSummaries } from '../../repositories/nominations';
import { ownerCodeOf } from '../../repositories/records';
import { allRegionNames, liveHealthcareRegions } from '../../repositories/regions';
import { readDetail, requireCandidate } from './common';
import { loadInsightScope, requireKnownHealthcareRegion, type InsightScope } from '../insights/scope';

type ListInput = z.output<typeof nominationListExportSchema>;
type LetterInput = z.output<typeof nominationLetterSchema>;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Lower-case ASCII words joined by hyphens ("Åsa Öberg" → "asa-oberg"), for a file name. */
function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The healthcare regions to list, or null for everything this installation holds. */
function listRegions(scope: InsightScope, requested: string | null): string[] | null {
  if (requested === 'ALL') return null;
  if (requested !== null) {
    requireKnownHealthcareRegion(scope, requested);
    return [requested];
  }
  return scope.ownHealthcareRegionCodes.length > 0 ? scope.ownHealthcareRegionCodes : null;
}

/** A code's healthcare regions: a healthcare region itself, or a region's. */
function healthcareRegionsOfCode(snapshot: RegisterSnapshot, code: string | null): string[] {
  if (code === null) return [];
  if (snapshot.healthcareRegions.some((h) => h.code === code)) return [code];
  return healthcareRegionsOf(code, snapshot.healthcareRegionMembers);
}

/** A request belongs to the healthcare region of its seat; without a seat, to the nominating region's (or a candidate's). */
function inScope(
  request: RequestSummary,
  candidateRegions: readonly (string | null)[],
  snapshot: RegisterSnapshot,
  codes: readonly string[],
): boolean {
  const seat = request.seatId === null ? undefined : snapshot.seats.find((s) => s.id === request.seatId);
  const places = seat?.healthcareRegionCode
    ? [seat.healthcareRegionCode]
    : [request.owner, ...candidateRegions].flatMap((code) => healthcareRegionsOfCode(snapshot, code));
  return places.some((code) => codes.includes(code));
}

/** A seat's label with its healthcare region named ("NORRA 2" → "Norra 2"), as a person reads it. */
function readableSeats(request: RequestSummary, names: ReadonlyMap<string, string>): RequestSummary {
  if (request.seatLabel === null) return request;
  const [place = '', ...rest] = request.seatLabel.split(' ');
  return { ...request, seatLabel: [names.get(place) ?? place, ...rest].join(' ') };
}

function openNominations(ctx: ServiceContext, input: ListInput): NominationList {
  const scope = loadInsightScope(ctx, { seatedOnly: true });
  const codes = listRegions(scope, input.healthcareRegionCode);
  const owner = ownerCodeOf(ctx.conn);
  const shown = new Set(['WITHDRAWN', 'NOT_CHOSEN']);
  const candidates = candidateViews(ctx.conn, {}, scope.today, owner).filter((c) => !shown.has(c.status));
  const names = new Map(scope.snapshot.healthcareRegions.map((h) => [h.code, h.name]));
  const entries = requestSummaries(ctx.conn, { open: true }, scope.today, owner)
    .map((request) => ({ request, candidates: candidates.filter((c) => c.requestId === request.id) }))
    .filter(
      (e) =>
        codes === null ||
        inScope(
          e.request,
          e.candidates.map((c) => c.regionCode),
          scope.snapshot,
          codes,
        ),
    )
    .map((e) => ({ ...e, request: readableSeats(e.request, names) }));
  const w = nominationWords(input.language);
  return {
    scopeName: codes === null ? w.allRegions : codes.map((c) => names.get(c) ?? c).join(', '),
    entries,
    regionNames: new Map(scope.snapshot.regions.map((r) => [r.code, r.name])),
  };
}

function listFileName(input: ListInput, language: Language, today: string, extension: string): string {
  const scope = input.healthcareRegionCode ? `-${slug(input.healthcareRegionCode)}` : '';
  return `${slug(nominationWords(language).listFile)}-${today}${scope}.${extension}`;
}

export async function exportNominationsXlsx(ctx: ServiceContext, input: ListInput): Promise<ExportFile> {
  const created = ctx.now();
  const bytes = await nominationListXlsx(openNominations(ctx, input), input.language, created);
  const fileName = listFileName(input, input.language, created.toISOString().slice(0, 10), 'xlsx');
  return { fileName, mimeType: XLSX, contentBase64: bytes.toString('base64') };
}

export async function exportNominationsPdf(ctx: ServiceContext, input: ListInput): Promise<ExportFile> {
  const created = ctx.now();
  const bytes = await nominationListPdf(openNominations(ctx, input), input.language, created);
  const fileName = listFileName(input, input.language, created.toISOString().slice(0, 10), 'pdf');
  return { fileName, mimeType: 'application/pdf', contentBase64: bytes.toString('base64') };
}

export async function exportNominationLetter(ctx: ServiceContext, input: LetterInput): Promise<ExportFile> {
  const created = ctx.now();
  const today = created.toISOString().slice(0, 10);
  const row = requireCandidate(ctx, input.candidateId);
  const { request, candidates } = readDetail(ctx, row.request_id);
  const candidate = candidates.find((c) => c.id === row.id);
  if (!candidate) throw refusal('NOT_FOUND', 'nominations.candidateNotFound');
  const names = new Map(liveHealthcareRegions(ctx.conn).map((h) => [h.code, h.name]));
  const regionName = candidate.regionCode === null ? null : (allRegionNames(ctx.conn).get(candidate.regionCode) ?? null);
  const letter = { request: readableSeats(request, names), candidate, regionName };
  const bytes = await nominationLetterPdf(letter, input.language, created);
  const fileName = `${slug(nominationWords(input.language).letterFile)}-${slug(candidate.name) || 'kandidat'}-${today}.pdf`;
  return { fileName, mimeType: 'application/pdf', contentBase64: bytes.toString('base64') };
}
