import { foldedWords, foldText } from '@shared/text/fold';

export type OwnerCandidate = { kind: 'REGION' | 'HEALTHCARE_REGION'; code: string; name: string };
export type OwnerMatch = { found: OwnerCandidate } | { ambiguous: OwnerCandidate[] } | { found: null };

const MIN_WORD = 3;

/**
 * Whom a person means by what they typed on first run or in `init --region`: a code (`23`, `norra`), a
 * full name in any case or without diacritics, or words of a name ("Jämtland", "vastra gota"), each at
 * least three letters and each the start of a word of the name. One candidate is the answer; several are
 * returned so the refusal can name them.
 */
export function matchOwner(input: string, candidates: readonly OwnerCandidate[]): OwnerMatch {
  const folded = foldText(input);
  if (folded === '') return { found: null };
  const exact = candidates.find((c) => c.code.toLowerCase() === folded || foldText(c.name) === folded);
  if (exact) return { found: exact };
  const words = foldedWords(input);
  if (words.length === 0 || words.some((w) => w.length < MIN_WORD)) return { found: null };
  const partial = candidates.filter((c) => {
    const nameWords = foldedWords(c.name);
    return words.every((w) => nameWords.some((n) => n.startsWith(w)));
  });
  if (partial.length === 1) return { found: partial[0]! };
  return partial.length > 1 ? { ambiguous: partial } : { found: null };
}
