import { z } from 'zod';
import { emptyInput } from './common';

/** What a step did, as the renderer words it ("ändrade", "skapade", …); `successor` is the "Ersätt från" pair. */
export const UNDO_KINDS = ['create', 'update', 'end', 'delete', 'revive', 'successor', 'erasure', 'package', 'other'] as const;
export type UndoKind = (typeof UNDO_KINDS)[number];

/**
 * The user's last change in this session, described for "Ångra: …": codes and names, never ids. `entity`
 * is the table of its main record, `fields` the columns an update changed. `name` is the record's one
 * display name (its person's, else its own, else its group's) and `groupName` the group it sits in when
 * `name` is not already the group's: the button and the "changed since" refusal both say "name i group"
 * from these two. `refusal` says why it cannot be undone (a message key), or null.
 */
export const undoStepSchema = z.strictObject({
  kind: z.enum(UNDO_KINDS),
  entity: z.string(),
  records: z.number().int().nonnegative(),
  fields: z.array(z.string()),
  name: z.string().nullable(),
  groupName: z.string().nullable(),
  at: z.string(),
  refusal: z.strictObject({ key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) }).nullable(),
});
export type UndoStep = z.infer<typeof undoStepSchema>;

export const undoPeekSchema = z.strictObject({ step: undoStepSchema.nullable() });
export type UndoPeek = z.infer<typeof undoPeekSchema>;

/** What was undone and which tables it wrote (for the views to refresh). */
export const undoResultSchema = z.strictObject({ undone: undoStepSchema, entities: z.array(z.string()) });
export type UndoResult = z.infer<typeof undoResultSchema>;

/** Undo of the user's own last change (this backend session's), through the record writer as a new version. */
export const undoChannels = {
  'undo:peek': { input: emptyInput, output: undoPeekSchema },
  'undo:last': { input: emptyInput, output: undoResultSchema },
} as const;
