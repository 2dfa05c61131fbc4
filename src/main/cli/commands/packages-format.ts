/**
 * The packages CLI's text output in Swedish (`--json` keeps the codes): a package's summary and what an
 * import did or would do, per record type by name, with the reasons worded like the app's.
 */
import type { ImportOutcome, PackageRecordType, PackageSummary, Worded } from '@shared/contract/packages';
import { wordMessage, type MessageKey } from '@shared/messages';

const RECORD_TYPE: Record<PackageRecordType, string> = {
  person_erasures: 'raderade personer',
  organisations: 'organisationer',
  persons: 'personer',
  groups: 'grupper',
  seats: 'platser',
  memberships: 'uppdrag',
  nomination_requests: 'nomineringsförfrågningar',
  nomination_candidates: 'nomineringskandidater',
  team_activity_levels: 'aktivitetsnivåer',
  care_pathways: 'vårdförlopp',
  pathway_implementations: 'införanden av vårdförlopp',
  allocation_keys: 'fördelningsnycklar',
  allocation_key_shares: 'andelar i fördelningsnycklar',
  hostings: 'värdskap',
  cost_items: 'kostnadsposter',
  cost_parameters: 'kostnadsparametrar',
  default_salaries: 'schablonlöner',
  person_salaries: 'personlöner',
  fixed_contributions: 'fasta bidrag',
};

const SCOPE: Record<PackageSummary['scope'], string> = {
  own: 'egna poster',
  'healthcare-region': 'sjukvårdsregionens poster',
  hosting: 'värdskapets poster',
};

export const SIGNER_STATUS: Record<'unsigned' | 'trusted' | 'untrusted', string> = {
  unsigned: 'osignerat',
  trusted: 'signerat av en betrodd nyckel',
  untrusted: 'signerat av en nyckel som inte är betrodd',
};

export function summaryText(s: PackageSummary): string {
  const counts =
    Object.entries(s.counts)
      .filter(([, n]) => n > 0)
      .map(([type, n]) => `${RECORD_TYPE[type as PackageRecordType] ?? type} ${n}`)
      .join(', ') || 'inga poster';
  return [
    `Paket ${s.packageId} från ${s.originOwner} (${SCOPE[s.scope] ?? s.scope}${s.recipient ? ` till ${s.recipient}` : ''}), löpnummer ${s.sequence}, ${s.createdAt}`,
    `Poster: ${s.totalRecords} (${counts})`,
    `SHA-256: ${s.fileSha256}${s.signerFingerprint ? `\nSignerat med nyckeln ${s.signerFingerprint}` : '\nInte signerat'}`,
  ].join('\n');
}

export function outcomeText(o: ImportOutcome): string {
  const t = o.totals;
  const lines = [
    `nya ${t.new}, ändrade ${t.changed}, oförändrade ${t.unchanged}, borttagna ${t.deleted}, ignorerade ${t.ignored}, avvisade ${t.rejected}`,
  ];
  const word = (m: Worded) => wordMessage('sv', m.key as MessageKey, m.params);
  for (const r of o.rejections.slice(0, 20)) lines.push(`  avvisas: ${word(r.label)} – ${word(r.message)}`);
  for (const g of o.ignored) lines.push(`  ignoreras: ${g.count} – ${word(g.message)}`);
  for (const d of o.possibleDuplicates) lines.push(`  möjlig dubblett (${d.match}): ${d.incomingName} ~ ${d.localName}`);
  if (o.massDeletion.required) lines.push('  MÅNGA BORTTAGNINGAR: bekräfta med --yes');
  for (const n of o.notices) lines.push(`  obs: ${word(n)}`);
  if (o.confirmations.length > 0) lines.push('  bekräfta importen med --yes');
  if (o.totals.rejected > 0) lines.push('  importera resten: --accept-rejected');
  return lines.join('\n');
}
