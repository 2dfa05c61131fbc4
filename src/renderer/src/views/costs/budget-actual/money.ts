import { formatKronor } from '@shared/domain/costs';

/** An amount with its öre when it has any (`82 500,50 kr`, `82 500 kr`); '–' for none. */
export const amount = (ore: number | null): string => (ore === null ? '–' : formatKronor(ore, { ore: 'auto' }));

/** A signed difference: `+1 234,50 kr`; '–' for none. */
export const signed = (ore: number | null): string => (ore === null ? '–' : `${ore > 0 ? '+' : ''}${amount(ore)}`);

/** A signed percentage with one decimal in the UI's language: `+2,5 %`; '–' for none. */
export function percent(value: number | null, language: string): string {
  if (value === null) return '–';
  const text = value.toLocaleString(language.startsWith('en') ? 'en-GB' : 'sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return `${value > 0 ? '+' : ''}${text}\u00A0%`;
}
