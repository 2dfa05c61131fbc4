import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PACKAGE_RECORD_TYPES } from '@shared/contract/packages';
import { wordMessage } from '@shared/messages';
import { canonicalJson } from '../../src/main/domain/packages/canonical';
import { readManifest, readPayload } from '../../src/main/domain/packages/document';
import { RECORD_REFERENCES, RECORD_SCHEMAS, TYPES_WITH_EXAMPLE_FLAG } from '../../src/main/domain/packages/record-schemas';
import { blankCandidate, type WireRecord } from '../../src/main/domain/packages/wire';

/** Nominations travel in packages (issue #17 point 6): their record types, rules and the erasure's blanking. */

const at = '2026-03-01T09:30:00.000Z';
const sync = (owner = '23') => ({ id: randomUUID(), owner, version: 1, createdAt: at, updatedAt: at, deletedAt: null });

function request(overrides: Record<string, unknown> = {}) {
  return {
    ...sync(),
    groupId: randomUUID(),
    seatId: null,
    requestedBy: 'NATIONAL_GROUP',
    requesterName: 'NPO Hjärt- och kärlsjukdomar',
    personsWanted: 1,
    competence: 'Kardiolog',
    role: 'MEMBER',
    allocationBp: 1000,
    periodStart: '2027-01-01',
    periodEnd: '2028-12-31',
    dueDate: '2026-11-30',
    reference: 'RS 2026/123',
    link: 'https://example.se/beslut.pdf',
    notes: null,
    status: 'OPEN',
    closedOn: null,
    ...overrides,
  };
}

function candidate(overrides: Record<string, unknown> = {}) {
  return {
    ...sync(),
    requestId: randomUUID(),
    personId: null,
    newName: 'Nina Ny',
    newRegionCode: '23',
    newEmail: 'nina.ny@example.se',
    newProfession: 'Sjuksköterska',
    newGender: 'FEMALE',
    newOrganisationId: randomUUID(),
    status: 'DECLARATION_RECEIVED',
    proposedOn: '2026-10-01',
    proposedBy: 'Chef Chefsson',
    managerApprovedBy: 'Chef Chefsson',
    managerApprovedOn: '2026-10-03',
    declarationReceivedOn: '2026-10-10',
    declarationOutcome: 'HANDLED',
    declarationReviewedBy: 'Processledare Pärsson',
    declarationReference: 'Jäv 2026/7',
    nominatedOn: null,
    nominatedTo: null,
    decidedOn: null,
    decidedBy: null,
    decisionReference: null,
    closedOn: null,
    membershipId: null,
    link: null,
    notes: 'Föreslagen av kliniken',
    ...overrides,
  };
}

describe('nomination record types', () => {
  it('follow memberships and come before what does not refer to them; every reference points at an earlier type', () => {
    const order = PACKAGE_RECORD_TYPES as readonly string[];
    expect(order.slice(order.indexOf('memberships'), order.indexOf('memberships') + 3)).toEqual([
      'memberships',
      'nomination_requests',
      'nomination_candidates',
    ]);
    for (const type of PACKAGE_RECORD_TYPES)
      for (const target of Object.values(RECORD_REFERENCES[type]))
        expect(order.indexOf(target) <= order.indexOf(type), `${type} → ${target}`).toBe(true);
    expect(RECORD_REFERENCES.nomination_requests).toEqual({ groupId: 'groups', seatId: 'seats' });
    expect(RECORD_REFERENCES.nomination_candidates).toEqual({
      requestId: 'nomination_requests',
      personId: 'persons',
      newOrganisationId: 'organisations',
      membershipId: 'memberships',
    });
    // Example nominations stay at home like other example records.
    expect([TYPES_WITH_EXAMPLE_FLAG.has('nomination_requests'), TYPES_WITH_EXAMPLE_FLAG.has('nomination_candidates')]).toEqual([
      true,
      true,
    ]);
  });

  it('a request is strict and its period is in order', () => {
    const schema = RECORD_SCHEMAS.nomination_requests;
    expect(schema.safeParse(request()).success).toBe(true);
    expect(schema.safeParse(request({ periodStart: null, periodEnd: null, allocationBp: null })).success).toBe(true);
    expect(schema.safeParse(request({ periodEnd: '2026-12-31' })).error?.issues[0]?.message).toBe('periodEnd is before periodStart');
    for (const wrong of [{ requestedBy: 'SOMEONE' }, { personsWanted: 0 }, { status: 'DONE' }, { dueDate: '2026-13-01' }, { extra: 1 }])
      expect(schema.safeParse(request(wrong)).success, JSON.stringify(wrong)).toBe(false);
  });

  it('a live candidate is a person or carries a name; an erased one may carry neither', () => {
    const schema = RECORD_SCHEMAS.nomination_candidates;
    expect(schema.safeParse(candidate()).success).toBe(true);
    expect(schema.safeParse(candidate({ personId: randomUUID(), newName: null, newEmail: null })).success).toBe(true);
    expect(schema.safeParse(candidate({ newName: null })).error?.issues[0]?.message).toBe('a live candidate needs personId or newName');
    expect(schema.safeParse(blankCandidate(candidate() as WireRecord, at)).success).toBe(true);
    for (const wrong of [{ status: 'ELECTED' }, { declarationOutcome: 'MAYBE' }, { newEmail: 'no at sign' }, { newRegionCode: 'X' }])
      expect(schema.safeParse(candidate(wrong)).success, JSON.stringify(wrong)).toBe(false);
  });
});

describe('blankCandidate (the erasure of a candidacy, at every replica)', () => {
  it('blanks every text that names or describes the candidate and makes a tombstone; dates, status and request stay', () => {
    const before = candidate() as WireRecord;
    const blanked = blankCandidate(before, at);
    const text = canonicalJson(blanked);
    for (const value of ['Nina Ny', 'nina.ny@example.se', 'Sjuksköterska', 'Chef Chefsson', 'Pärsson', 'Jäv 2026/7', 'kliniken', 'HANDLED'])
      expect(text).not.toContain(value);
    expect(blanked).toMatchObject({ deletedAt: at, newOrganisationId: null, newGender: null, newRegionCode: null });
    expect([blanked.id, blanked.requestId, blanked.status, blanked.proposedOn, blanked.version]).toEqual([
      before.id,
      before.requestId,
      before.status,
      before.proposedOn,
      before.version,
    ]);
    expect(Object.keys(blanked)).toEqual(Object.keys(before));
  });

  it('is deterministic and idempotent, and keeps an earlier deletion time', () => {
    const before = candidate({ deletedAt: '2026-01-01T00:00:00.000Z' }) as WireRecord;
    const once = blankCandidate(before, at);
    expect(once.deletedAt).toBe('2026-01-01T00:00:00.000Z');
    expect(canonicalJson(blankCandidate(once, '2030-01-01T00:00:00.000Z'))).toBe(canonicalJson(once));
    expect(canonicalJson(blankCandidate({ ...before }, at))).toBe(canonicalJson(once));
  });
});

describe('nominations by name in a package preview', () => {
  it('reads "Nominering till …" and "Kandidat … till …" in Swedish, and in English', () => {
    const group = 'NPO Hjärt- och kärlsjukdomar';
    expect(wordMessage('sv', 'package.label.nomination_requests', { group })).toBe('Nominering till NPO Hjärt- och kärlsjukdomar');
    expect(wordMessage('sv', 'package.label.nomination_candidates', { name: 'Nina Ny', group })).toBe(
      'Kandidat Nina Ny till NPO Hjärt- och kärlsjukdomar',
    );
    expect(wordMessage('en', 'package.label.nomination_candidates', { name: 'Nina Ny', group })).toBe(
      'Candidate Nina Ny to NPO Hjärt- och kärlsjukdomar',
    );
  });
});

describe('a package written before nominations', () => {
  const document = (schemaVersion: number, withNominations: boolean) => {
    const types = PACKAGE_RECORD_TYPES.filter((t) => withNominations || !t.startsWith('nomination_'));
    const payload = Object.fromEntries(types.map((t) => [t, []]));
    const manifest = {
      format: 'samplan-package',
      formatVersion: 1,
      schemaVersion,
      packageId: randomUUID(),
      createdAt: at,
      origin: { owner: '23', installationId: randomUUID(), appVersion: '1.0.0' },
      scope: 'own',
      recipient: null,
      sequence: 1,
      counts: Object.fromEntries(types.map((t) => [t, 0])),
      payloadSha256: '0'.repeat(64),
    };
    return { manifest, payload };
  };

  it('(schema 16) lacks their counts and lists and is read as if they were empty; the signed text is the manifest as written', () => {
    const doc = document(16, false);
    const { manifest, rawPayload, signedText } = readManifest(doc, 100);
    expect(manifest.counts.nomination_candidates).toBe(0);
    expect(signedText).toBe(canonicalJson(doc.manifest));
    const payload = readPayload(manifest, rawPayload);
    expect([payload.nomination_requests, payload.nomination_candidates]).toEqual([[], []]);
  });

  it('(schema 17 and later) must carry them', () => {
    const doc = document(17, false);
    expect(() => readManifest(doc, 100)).toThrow(/manifest\.counts\.nomination_requests/);
    const countsOnly = document(17, false);
    Object.assign(countsOnly.manifest.counts, { nomination_requests: 0, nomination_candidates: 0 });
    expect(() => readPayload(readManifest(countsOnly, 100).manifest, countsOnly.payload)).toThrow(/exactly the record types/);
    const full = document(17, true);
    expect(readPayload(readManifest(full, 100).manifest, full.payload).nomination_requests).toEqual([]);
  });
});
