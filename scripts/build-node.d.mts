/** Types of scripts/build-node.mjs for the TypeScript that imports it (the test setup). */
export declare const ROOT: string;
export declare const NODE_OUT_DIR: string;
export declare const NODE_ENTRIES: Record<string, string>;
export declare function newestInput(root?: string, extraInputs?: string[]): number;
export declare function staleEntries(entries?: Record<string, string>, outDir?: string, extraInputs?: string[]): string[];
export declare function buildNode(options?: {
  entries?: Record<string, string>;
  outDir?: string;
  force?: boolean;
  extraInputs?: string[];
}): Promise<string[]>;
