import en from './en.json' with { type: 'json' };
import sv from './sv.json' with { type: 'json' };

/**
 * The wording of every refusal and error the backend sends as a key with parameters (`DomainError`'s
 * `detail`): one catalogue per language, used alike by the renderer (ErrorAlert) and the CLI, so a
 * Swedish user reads Swedish wherever the message is shown. The keys are the dotted paths of sv.json;
 * en.json has exactly the same keys and placeholders (tests/unit/messages.test.ts).
 */
export type MessageLanguage = 'sv' | 'en';
type Catalogue = { readonly [key: string]: string | Catalogue };

type Paths<T> = { [K in keyof T & string]: T[K] extends string ? K : `${K}.${Paths<T[K]>}` }[keyof T & string];
export type MessageKey = Paths<typeof sv>;
export type MessageParams = Readonly<Record<string, string | number>>;

const CATALOGUES: Record<MessageLanguage, Catalogue> = { sv, en };

function flattenKeys(tree: Catalogue, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [path] : flattenKeys(value, path);
  });
}

/** Every message key, in catalogue order. */
export const MESSAGE_KEYS = flattenKeys(sv) as [MessageKey, ...MessageKey[]];

export function isMessageKey(value: string): value is MessageKey {
  return MESSAGE_KEYS.includes(value as MessageKey);
}

/** The template of a key in a language, or null when the catalogue has none. */
export function messageTemplate(language: MessageLanguage, key: string): string | null {
  let node: string | Catalogue | undefined = CATALOGUES[language];
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : null;
}

/** Fills `{{name}}` placeholders; a placeholder without a value is left visible rather than dropped. */
export function fillTemplate(template: string, params: MessageParams): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** The sentence for a key in a language (Swedish when the language has no wording for it). */
export function wordMessage(language: MessageLanguage, key: MessageKey, params: MessageParams = {}): string {
  const template = messageTemplate(language, key) ?? messageTemplate('sv', key) ?? key;
  return fillTemplate(template, params);
}
