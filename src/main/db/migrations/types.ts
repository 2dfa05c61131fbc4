/** A forward-only schema step. Statements run in order inside the migration transaction. */
export type Migration = {
  readonly version: number;
  readonly name: string;
  readonly statements: readonly string[];
};
