/**
 * The words coordinators use for the register's closed vocabularies, Swedish first. The first word of
 * each list is the label the export writes, so an exported file reads back unchanged.
 */
import type { Gender, GroupType, MembershipRole, MembershipStatus, OrganisationType } from '@shared/domain/enums';

export const ROLE_WORDS: Readonly<Record<MembershipRole, readonly string[]>> = {
  MEMBER: ['ledamot', 'ledamöter', 'medlem', 'member'],
  CHAIR: ['ordförande', 'ordf', 'chair', 'chairman', 'chairperson', 'chairwoman'],
  VICE_CHAIR: ['vice ordförande', 'vice ordf', 'vice chair', 'vice chairman', 'vice chairperson', 'deputy chair'],
  PROCESS_LEADER: ['processledare', 'process leader', 'process manager'],
  CO_OPTED: ['adjungerad', 'adjungerade', 'adjungerad ledamot', 'co-opted', 'co-opted member'],
  DEPUTY: ['ersättare', 'suppleant', 'deputy', 'substitute', 'alternate'],
  SECRETARY: ['sekreterare', 'secretary'],
  PATIENT_REPRESENTATIVE: ['patientrepresentant', 'patientföreträdare', 'patient representative'],
};

export const STATUS_WORDS: Readonly<Record<MembershipStatus, readonly string[]>> = {
  NOMINATED: ['nominerad', 'föreslagen', 'nominated', 'proposed'],
  DECIDED: ['beslutad', 'utsedd', 'aktiv', 'decided', 'appointed', 'active'],
  ENDED: ['avslutad', 'slutat', 'avgått', 'ended', 'finished', 'inactive'],
};

export const GENDER_WORDS: Readonly<Record<Gender, readonly string[]>> = {
  FEMALE: ['kvinna', 'k', 'female', 'f', 'woman', 'w'],
  MALE: ['man', 'm', 'male'],
  OTHER: ['annat', 'annan', 'ickebinär', 'other', 'non-binary', 'x'],
};

export const ORGANISATION_TYPE_WORDS: Readonly<Record<OrganisationType, readonly string[]>> = {
  UNIVERSITY_HOSPITAL: ['universitetssjukhus', 'universitetssjukhuset', 'university hospital'],
  COUNTY_HOSPITAL: ['länssjukhus', 'länsdelssjukhus', 'sjukhus', 'county hospital', 'hospital'],
  PRIMARY_CARE: ['primärvård', 'vårdcentral', 'hälsocentral', 'primary care'],
  MUNICIPALITY: ['kommun', 'municipality'],
  OTHER: ['annan', 'annat', 'övrigt', 'other'],
};

export const GROUP_TYPE_WORDS: Readonly<Record<GroupType, readonly string[]>> = {
  NPO: ['NPO', 'nationellt programområde'],
  NSG: ['NSG', 'nationell samverkansgrupp'],
  NAG: ['NAG', 'nationell arbetsgrupp'],
  RPO: ['RPO', 'regionalt programområde'],
  RPT: ['RPT', 'regionalt processteam'],
  SOR: ['SOR', 'samordningsråd'],
  PRIMARY_CARE_COUNCIL: ['primärvårdsråd', 'primärvårdsrådet', 'primary care council'],
  OTHER: ['övrigt', 'annan', 'other'],
};

/** The label an export writes for a code: the first word of its list. */
export function labelOf<T extends string>(table: Readonly<Record<T, readonly string[]>>, code: T): string {
  return table[code][0] ?? code;
}
