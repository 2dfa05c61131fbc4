import type { ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { RuleWarning } from '@shared/contract/rule-warnings';
import { formatPercentBp, todayIso } from '../format';
import { hrefFor } from '../router';
import { seatLabelText } from './hr-names';
import { useLookups } from './useLookups';

function PersonLink({ id, children }: { id: string; children?: ReactNode }) {
  return <a href={hrefFor('person', id)}>{children}</a>;
}

function GroupLink({ id, children }: { id: string; children?: ReactNode }) {
  return <a href={hrefFor('group', id)}>{children}</a>;
}

/** One warning as a full sentence, with the names linking to the person and group pages. */
export function WarningText({ warning }: { warning: RuleWarning }) {
  const { t, i18n } = useTranslation();
  const lookups = useLookups();
  const list = (items: string[]) => new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(items);
  switch (warning.code) {
    case 'CHAIR_OVER_3_YEARS': {
      const p = warning.params;
      const key = p.alreadyExceeded ? 'warnings.text.chairExceeded' : 'warnings.text.chairWillPass';
      const values = { ...p, until: p.chairUntil ?? t('warnings.untilFurther') };
      return (
        <Trans i18nKey={key} values={values} components={{ person: <PersonLink id={p.personId} />, group: <GroupLink id={p.groupId} /> }} />
      );
    }
    case 'SEAT_OTHER_HEALTHCARE_REGION': {
      const p = warning.params;
      const values = {
        personName: p.personName,
        groupName: p.groupName,
        region: lookups.regionName(p.personRegionCode) ?? p.personRegionCode,
        seat: lookups.healthcareRegionName(p.seatHealthcareRegionCode) ?? p.seatHealthcareRegionCode,
        personHealthcareRegions: list(p.personHealthcareRegionCodes.map((c) => lookups.healthcareRegionName(c) ?? c)),
      };
      return (
        <Trans
          i18nKey="warnings.text.seatRegion"
          values={values}
          components={{ person: <PersonLink id={p.personId} />, group: <GroupLink id={p.groupId} /> }}
        />
      );
    }
    case 'SEAT_DOUBLE_BOOKED': {
      const p = warning.params;
      const values = {
        personName: p.personName,
        otherName: p.otherPersonName,
        groupName: p.groupName,
        seat: seatLabelText(p.seatLabel, t),
        from: p.from,
        until: p.until ?? t('warnings.untilFurther'),
      };
      return (
        <Trans
          i18nKey="warnings.text.doubleBooked"
          values={values}
          components={{
            person: <PersonLink id={p.personId} />,
            other: <PersonLink id={p.otherPersonId} />,
            group: <GroupLink id={p.groupId} />,
          }}
        />
      );
    }
    case 'GROUP_WITHOUT_CHAIR':
    case 'GROUP_WITHOUT_PROCESS_LEADER': {
      const p = warning.params;
      const key = warning.code === 'GROUP_WITHOUT_CHAIR' ? 'warnings.text.noChair' : 'warnings.text.noProcessLeader';
      const values = { groupName: p.groupName, type: t(`groupType.${p.groupType}`) };
      return <Trans i18nKey={key} count={p.currentMembers} values={values} components={{ group: <GroupLink id={p.groupId} /> }} />;
    }
    case 'PERSON_OVER_ALLOCATED': {
      const p = warning.params;
      const values = { personName: p.personName, allocation: formatPercentBp(p.allocationBp), threshold: formatPercentBp(p.thresholdBp) };
      return (
        <Trans
          i18nKey={warning.firstMonth > todayIso().slice(0, 7) ? 'warnings.text.overAllocatedLater' : 'warnings.text.overAllocated'}
          count={p.currentMemberships}
          values={values}
          components={{ person: <PersonLink id={p.personId} /> }}
        />
      );
    }
    case 'POSSIBLE_DUPLICATE_PERSON': {
      const p = warning.params;
      const reasons = list(
        p.reasons.map((r) =>
          r === 'EMAIL'
            ? t('warnings.reason.email', { email: p.email ?? '' })
            : t('warnings.reason.nameAndOrganisation', { organisation: p.organisationName ?? '' }),
        ),
      );
      const values = { personName: p.personName, otherName: p.otherPersonName, reasons };
      return (
        <Trans
          i18nKey="warnings.text.duplicate"
          values={values}
          components={{ person: <PersonLink id={p.personId} />, other: <PersonLink id={p.otherPersonId} /> }}
        />
      );
    }
  }
}
