import type { StateCreator } from 'zustand';
import type { CreateGroupRequest, ImportReport, MappingTarget } from '@shared/contract/register-import';
import type { Store } from './index';

/** The spreadsheet chosen, numbered so a second choice of the same file is a new import. */
export type ImportFile = { fileName: string; contentBase64: string; seq: number };

/**
 * The register import as steps: a file, the column mapping, the groups to create, then apply on
 * confirmation. These choices are UI state; the preview for them is a query (views/import/useImport.ts),
 * apply a mutation whose report stays here as the notice of what was done.
 */
export type ImportSlice = {
  importFile: ImportFile | null;
  /** The worksheet chosen in a workbook of several; undefined: the first. */
  importSheet: string | undefined;
  importMapping: Record<string, MappingTarget>;
  importCreateGroups: CreateGroupRequest[];
  importResult: ImportReport | null;
  startImport: (file: { fileName: string; contentBase64: string }) => void;
  setImportMapping: (header: string, target: MappingTarget) => void;
  setImportSheet: (sheet: string) => void;
  setImportCreateGroups: (groups: CreateGroupRequest[]) => void;
  /** The import was applied: its report is shown and the steps start again. */
  importApplied: (report: ImportReport) => void;
  resetImport: () => void;
};

const EMPTY = { importSheet: undefined, importMapping: {}, importCreateGroups: [] };

export const createImportSlice: StateCreator<Store, [], [], ImportSlice> = (set, get) => ({
  importFile: null,
  ...EMPTY,
  importResult: null,
  startImport: (file) => set({ importFile: { ...file, seq: (get().importFile?.seq ?? 0) + 1 }, ...EMPTY, importResult: null }),
  setImportMapping: (header, target) => set({ importMapping: { ...get().importMapping, [header]: target } }),
  setImportSheet: (sheet) => set({ importSheet: sheet, importMapping: {}, importCreateGroups: [] }),
  setImportCreateGroups: (groups) => set({ importCreateGroups: groups }),
  importApplied: (report) => set({ importResult: report, importFile: null, ...EMPTY }),
  resetImport: () => set({ importFile: null, ...EMPTY, importResult: null }),
});
