/**
 * Amounts of a ledger export, read exactly into integer öre. What a Swedish ledger writes is accepted
 * ("1 234,50", "1 234 kr", "-1234.5", "1.234,50", "(1 234,50)" for a negative amount, a number an .xlsx
 * cell holds such as "1234.5"); anything else is refused with a reason, never read as 0. An amount with
 * more than two decimals (after trailing zeros) is refused too: öre are the smallest unit, nothing is rounded.
 */
export type AmountRefusal = 'ledger.amountMissing' | 'ledger.amountUnreadable' | 'ledger.amountTooPrecise';
export type AmountResult = { ok: true; ore: number } | { ok: false; reason: AmountRefusal };

const SPACES = /[\s\u00a0\u202f\u2009]/g;
const CURRENCY = /(kr\.?|sek|:-)$/i;
const CURRENCY_FIRST = /^(sek)/i;

/** Separates sign and parentheses from the digits: "-", "−", "+", "(…)". */
function splitSign(text: string): { negative: boolean; body: string } | null {
  if (text.startsWith('(') && text.endsWith(')')) return { negative: true, body: text.slice(1, -1) };
  const first = text[0];
  if (first === '-' || first === '\u2212') return { negative: true, body: text.slice(1) };
  if (first === '+') return { negative: false, body: text.slice(1) };
  if (text.endsWith('-') && !text.endsWith(':-')) return { negative: true, body: text.slice(0, -1) };
  return { negative: false, body: text };
}

/** Integer and fraction digits, deciding which of ',' and '.' is the decimal mark; null when unreadable. */
function digitsOf(body: string): { whole: string; fraction: string } | null {
  if (!/^\d[\d.,]*$/.test(body)) return null;
  const comma = body.lastIndexOf(',');
  const dot = body.lastIndexOf('.');
  let decimal: ',' | '.' | null = null;
  let group: ',' | '.' | null = null;
  if (comma >= 0 && dot >= 0) [decimal, group] = comma > dot ? [',', '.'] : ['.', ','];
  else if (comma >= 0 || dot >= 0) {
    const mark = comma >= 0 ? ',' : '.';
    const grouped = new RegExp(`^\\d{1,3}(\\${mark}\\d{3}){2,}$`).test(body);
    if (grouped) group = mark;
    else if (body.split(mark).length === 2) decimal = mark;
    else return null;
  }
  const [wholeRaw = '', fraction = ''] = decimal === null ? [body] : body.split(decimal);
  if (decimal !== null && (body.split(decimal).length !== 2 || fraction === '')) return null;
  if (group !== null && !new RegExp(`^\\d{1,3}(\\${group}\\d{3})*$`).test(wholeRaw)) return null;
  const whole = group === null ? wholeRaw : wholeRaw.split(group).join('');
  if (!/^\d+$/.test(whole) || !/^\d*$/.test(fraction)) return null;
  return { whole, fraction };
}

export function parseAmountOre(raw: string): AmountResult {
  let text = raw.replace(SPACES, '');
  if (text === '') return { ok: false, reason: 'ledger.amountMissing' };
  text = text.replace(CURRENCY, '').replace(CURRENCY_FIRST, '');
  const signed = splitSign(text);
  const digits = signed === null ? null : digitsOf(signed.body);
  if (signed === null || digits === null) return { ok: false, reason: 'ledger.amountUnreadable' };
  const fraction = digits.fraction.replace(/0+$/, '');
  if (fraction.length > 2) return { ok: false, reason: 'ledger.amountTooPrecise' };
  const ore = Number(digits.whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(ore)) return { ok: false, reason: 'ledger.amountUnreadable' };
  return { ok: true, ore: signed.negative && ore !== 0 ? -ore : ore };
}
