import { formatKronor } from '@shared/domain/costs';
import type { PersonData } from '../services/privacy/person-data';
import { PdfReport, type PdfColumn } from './pdf-layout';

/** The register extract of one person as a Swedish A4 PDF (the JSON extract holds the full audit payloads). */

type Row = Record<string, string | number | null>;

const PERSON_FIELDS: readonly (readonly [string, string])[] = [
  ['name', 'Namn'],
  ['email', 'E-post'],
  ['phone', 'Telefon'],
  ['region_code', 'Region'],
  ['profession', 'Yrke'],
  ['gender', 'Kön'],
  ['notes', 'Anteckningar'],
  ['ended_on', 'Avslutad'],
  ['owner', 'Ägare (region)'],
  ['id', 'Id'],
  ['created_at', 'Skapad'],
  ['updated_at', 'Senast ändrad'],
  ['deleted_at', 'Borttagen'],
];

/** Swedish words for the codes the extract shows (the renderer's sv.json has the same). */
const CODE_WORDS: Readonly<Record<string, string>> = {
  FEMALE: 'Kvinna',
  MALE: 'Man',
  OTHER: 'Annat',
  MEMBER: 'Ledamot',
  CHAIR: 'Ordförande',
  VICE_CHAIR: 'Vice ordförande',
  PROCESS_LEADER: 'Processledare',
  CO_OPTED: 'Adjungerad',
  DEPUTY: 'Ersättare',
  SECRETARY: 'Sekreterare',
  PATIENT_REPRESENTATIVE: 'Patientrepresentant',
  NOMINATED: 'Nominerad',
  DECIDED: 'Beslutad',
  ENDED: 'Avslutad',
  PROPOSED: 'Föreslagen',
  MANAGER_APPROVED: 'Chefen har godkänt',
  DECLARATION_RECEIVED: 'Jävsdeklaration mottagen',
  NOT_CHOSEN: 'Ej vald',
  WITHDRAWN: 'Återkallad',
  NO_CONFLICT: 'inget jäv',
  HANDLED: 'jäv hanterat',
  BLOCKS: 'jäv hindrar',
  persons: 'Person',
  nomination_candidates: 'Kandidatur',
  memberships: 'Uppdrag',
  person_salaries: 'Lön',
  create: 'Skapad',
  update: 'Ändrad',
  end: 'Avslutad',
  delete: 'Borttagen',
};

function word(value: string | number | null | undefined): string {
  return typeof value === 'string' ? (CODE_WORDS[value] ?? value) : text(value);
}

function text(value: string | number | null | undefined): string {
  return value === null || value === undefined || value === '' ? '–' : String(value);
}

function percent(bp: string | number | null | undefined): string {
  return typeof bp === 'number' ? `${(bp / 100).toLocaleString('sv-SE')} %` : '–';
}

function kronor(ore: string | number | null | undefined): string {
  return typeof ore === 'number' ? formatKronor(ore, { ore: 'always' }) : '–';
}

function section(report: PdfReport, heading: string, columns: readonly PdfColumn[], rows: string[][], empty: string): void {
  report.heading(heading);
  if (rows.length === 0) report.paragraph(empty);
  else report.table(columns, rows);
}

function personSection(report: PdfReport, data: PersonData): void {
  const rows = PERSON_FIELDS.map(([column, label]) => [label, column === 'gender' ? word(data.person[column]) : text(data.person[column])]);
  if (data.organisation) rows.splice(4, 0, ['Organisation', `${text(data.organisation.name)} (${text(data.organisation.type)})`]);
  section(
    report,
    'Personuppgifter',
    [
      { header: 'Uppgift', width: 140 },
      { header: 'Värde', width: 355 },
    ],
    rows,
    '',
  );
}

function membershipRows(rows: readonly Row[]): string[][] {
  return rows.map((m) => [
    text(m.group_name),
    word(m.role),
    text(m.start_date),
    text(m.end_date),
    percent(m.allocation_bp),
    word(m.status),
    text(m.notes),
  ]);
}

/** A step's date with who took it (or the outcome), e.g. "2026-03-01 (Eva Ek)". */
function step(on: string | number | null | undefined, detail: string | number | null | undefined): string {
  if (on === null || on === undefined) return '–';
  return detail === null || detail === undefined || detail === '' ? String(on) : `${String(on)} (${word(detail)})`;
}

/** One table per candidacy (a nomination's steps read as a list; seven columns would not fit the page). */
function candidacySections(report: PdfReport, rows: readonly Row[]): void {
  report.heading('Nomineringar');
  if (rows.length === 0) report.paragraph('Inga nomineringar.');
  const columns: PdfColumn[] = [
    { header: 'Uppgift', width: 140 },
    { header: 'Värde', width: 355 },
  ];
  for (const c of rows) {
    report.table(columns, [
      ['Grupp', text(c.group_name)],
      ['Förfrågan (diarienummer)', text(c.request_reference)],
      ['Status', word(c.status)],
      ['Föreslagen', step(c.proposed_on, c.proposed_by)],
      ['Chefens godkännande', step(c.manager_approved_on, c.manager_approved_by)],
      ['Jävsdeklaration', step(c.declaration_received_on, c.declaration_outcome)],
      ['Nominerad', step(c.nominated_on, c.nominated_to)],
      ['Beslut', step(c.decided_on ?? c.closed_on, c.decision_reference)],
    ]);
  }
}

function auditRows(data: PersonData): string[][] {
  return data.auditHistory.map((a) => [
    String(a.seq),
    a.at.slice(0, 19).replace('T', ' '),
    a.actor,
    word(a.action),
    word(a.entity),
    a.erased ? 'raderat' : 'finns',
  ]);
}

export async function personPdf(data: PersonData, created: Date): Promise<Buffer> {
  const report = new PdfReport({ title: 'Registerutdrag', created });
  report.title('Registerutdrag', `Allt Samplan har sparat om en person. Skapat ${data.createdAt.slice(0, 16).replace('T', ' ')} (UTC).`);
  if (data.erasure)
    report.paragraph(
      `Personen raderades ${data.erasure.erasedAt.slice(0, 10)} (${data.erasure.legalBasis}); personuppgifterna är borttagna.`,
    );
  personSection(report, data);
  const membershipColumns: PdfColumn[] = [
    { header: 'Grupp', width: 120 },
    { header: 'Roll', width: 70 },
    { header: 'Från', width: 62 },
    { header: 'Till', width: 62 },
    { header: 'Andel', width: 45, align: 'right' },
    { header: 'Status', width: 50 },
    { header: 'Anteckning', width: 86 },
  ];
  section(report, 'Uppdrag', membershipColumns, membershipRows(data.memberships), 'Inga uppdrag.');
  candidacySections(report, data.candidacies);
  const salaryColumns: PdfColumn[] = [
    { header: 'Gäller från', width: 120 },
    { header: 'Månadslön', width: 120, align: 'right' },
  ];
  section(
    report,
    'Löner',
    salaryColumns,
    data.salaries.map((s) => [text(s.effective_date), kronor(s.monthly_salary_ore)]),
    'Inga löner.',
  );
  const recipientColumns: PdfColumn[] = [
    { header: 'Mottagare', width: 120 },
    { header: 'Paket', width: 60, align: 'right' },
    { header: 'Först', width: 140 },
    { header: 'Senast', width: 140 },
  ];
  const recipients = data.recipients.map((r) => [
    r.recipient,
    String(r.packageCount),
    r.firstSentAt.slice(0, 16).replace('T', ' '),
    r.lastSentAt.slice(0, 16).replace('T', ' '),
  ]);
  section(report, 'Utlämnat till (paket till andra regioner)', recipientColumns, recipients, 'Uppgifterna har inte skickats till någon.');
  const originColumns: PdfColumn[] = [
    { header: 'Post', width: 110 },
    { header: 'Från', width: 80 },
    { header: 'Paket', width: 190 },
    { header: 'Mottaget', width: 115 },
  ];
  const origins = data.provenance.map((p) => [
    word(p.entity),
    text(p.origin_owner),
    text(p.package_id),
    text(p.received_at).slice(0, 16).replace('T', ' '),
  ]);
  section(report, 'Ursprung', originColumns, origins, 'Uppgifterna registrerades här.');
  const auditColumns: PdfColumn[] = [
    { header: 'Nr', width: 40, align: 'right' },
    { header: 'Tid (UTC)', width: 110 },
    { header: 'Av', width: 90 },
    { header: 'Händelse', width: 80 },
    { header: 'Post', width: 100 },
    { header: 'Innehåll', width: 75 },
  ];
  section(report, 'Historik (granskningslogg)', auditColumns, auditRows(data), 'Ingen historik.');
  report.paragraph('Före- och efter-värdena i historiken finns i registerutdraget i JSON-format.');
  return report.finish();
}
