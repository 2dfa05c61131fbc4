import type { StateCreator } from 'zustand';
import type {
  CreateGroupRequest,
  ImportFile as ImportWorkbook,
  ImportReport,
  MappingTarget,
  RegisterExport,
} from '@shared/contract/register-import';
import { call } from '../api';
import type { Store } from './index';

export type ImportFile = { fileName: string; contentBase64: string };

/**
 * The register import as steps: a file, the column mapping, a preview (nothing written), then apply
 * on confirmation. Every change of mapping or groups to create asks main for a fresh preview.
 */
export type ImportSlice = {
  importFile: ImportFile | null;
  /** The worksheet chosen in a workbook of several; undefined: the first. */
  importSheet: string | undefined;
  importMapping: Record<string, MappingTarget>;
  importCreateGroups: CreateGroupRequest[];
  importPreview: ImportReport | null;
  importResult: ImportReport | null;
  startImport: (file: ImportFile) => Promise<void>;
  setImportMapping: (header: string, target: MappingTarget) => Promise<void>;
  setImportSheet: (sheet: string) => Promise<void>;
  importTemplate: () => Promise<ImportWorkbook | null>;
  /** The rejected rows of the previewed file with the reasons (worded here) in a new column. */
  importRejected: (reasons: Record<string, string>, reasonHeader: string) => Promise<ImportWorkbook | null>;
  setImportCreateGroups: (groups: CreateGroupRequest[]) => Promise<void>;
  applyImport: () => Promise<boolean>;
  resetImport: () => void;
  exportRegister: () => Promise<RegisterExport | null>;
};

let latestPreview = 0;

export const createImportSlice: StateCreator<Store, [], [], ImportSlice> = (set, get) => {
  const preview = async () => {
    const file = get().importFile;
    if (!file) return;
    const ticket = ++latestPreview;
    const input = { ...file, sheet: get().importSheet, mapping: get().importMapping, createGroups: get().importCreateGroups };
    const report = await get().track('importPreview', () => call('register:import-preview', input));
    if (report && ticket === latestPreview) set({ importPreview: report });
  };
  return {
    importFile: null,
    importSheet: undefined,
    importMapping: {},
    importCreateGroups: [],
    importPreview: null,
    importResult: null,
    startImport: async (file) => {
      set({ importFile: file, importSheet: undefined, importMapping: {}, importCreateGroups: [], importPreview: null, importResult: null });
      get().clearError('importApply');
      await preview();
    },
    setImportMapping: async (header, target) => {
      set({ importMapping: { ...get().importMapping, [header]: target } });
      await preview();
    },
    setImportSheet: async (sheet) => {
      set({ importSheet: sheet, importMapping: {}, importCreateGroups: [] });
      await preview();
    },
    importTemplate: () => get().track('importFiles', () => call('register:import-template', {})),
    importRejected: async (reasons, reasonHeader) => {
      const file = get().importFile;
      if (!file) return null;
      const sheet = get().importSheet ?? get().importPreview?.sheet ?? undefined;
      const input = { ...file, sheet, mapping: get().importMapping, reasons, reasonHeader };
      return get().track('importFiles', () => call('register:import-rejected', input));
    },
    setImportCreateGroups: async (groups) => {
      set({ importCreateGroups: groups });
      await preview();
    },
    applyImport: async () => {
      const file = get().importFile;
      if (!file) return false;
      const input = {
        ...file,
        sheet: get().importSheet,
        mapping: get().importMapping,
        createGroups: get().importCreateGroups,
        confirm: true as const,
      };
      const report = await get().track('importApply', () => call('register:import-apply', input));
      if (!report) return false;
      set({ importResult: report, importPreview: null, importFile: null });
      await get().refreshAfterRegisterChange();
      return true;
    },
    resetImport: () =>
      set({ importFile: null, importSheet: undefined, importMapping: {}, importCreateGroups: [], importPreview: null, importResult: null }),
    exportRegister: () => get().track('export', () => call('register:export', {})),
  };
};
