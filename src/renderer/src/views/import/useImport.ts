import { useQuery, type QueryKey } from '@tanstack/react-query';
import { useShallow } from 'zustand/react/shallow';
import type { ImportReport } from '@shared/contract/register-import';
import { appErrorOf, request, useChannelMutation } from '../../api/query';
import { useStore } from '../../store';

/** What the preview is asked for: the file (by its number, not its content), sheet, mapping and groups to create. */
function useImportChoices() {
  return useStore(
    useShallow((s) => ({ file: s.importFile, sheet: s.importSheet, mapping: s.importMapping, createGroups: s.importCreateGroups })),
  );
}

const sameFile = (key: QueryKey | undefined, seq: number) => {
  const input: unknown = key?.[1];
  return typeof input === 'object' && input !== null && 'file' in input && input.file === seq;
};

/**
 * The preview of the chosen file with the current choices (nothing is written): a query under the
 * register domain, so it is asked anew when a choice changes or the register changes meanwhile. While a
 * new choice is previewed the last preview of the same file stays shown.
 */
export function useImportPreview() {
  const { file, sheet, mapping, createGroups } = useImportChoices();
  const query = useQuery({
    queryKey: ['register:import-preview', { file: file?.seq ?? 0, sheet, mapping, createGroups }] as const,
    queryFn: (): Promise<ImportReport> =>
      request('register:import-preview', { fileName: file!.fileName, contentBase64: file!.contentBase64, sheet, mapping, createGroups }),
    enabled: file !== null,
    placeholderData: (previous, previousQuery) => (file && sameFile(previousQuery?.queryKey, file.seq) ? previous : undefined),
  });
  return {
    report: file ? (query.data ?? null) : null,
    previewing: file !== null && query.isFetching,
    /**
     * The shown preview is of earlier choices (a new one is being made): nothing may be confirmed until it
     * is. A refetch of the same choices (after a change elsewhere, a language switch) leaves it confirmable.
     */
    outdated: file !== null && query.isPlaceholderData,
    error: file ? appErrorOf(query.error) : null,
  };
}

/** Applies the previewed import on confirmation; the register's queries refetch, the report becomes the notice. */
export function useApplyImport() {
  const { file, sheet, mapping, createGroups } = useImportChoices();
  const applied = useStore((s) => s.importApplied);
  const mutation = useChannelMutation('register:import-apply', { onSuccess: applied });
  const apply = () => {
    if (file) mutation.mutate({ fileName: file.fileName, contentBase64: file.contentBase64, sheet, mapping, createGroups, confirm: true });
  };
  return { apply, applying: mutation.isPending, error: appErrorOf(mutation.error) };
}

/** The rejected rows of the previewed file with the reasons (worded here) in a new column. */
export function useRejectedRows() {
  const { file, sheet, mapping } = useImportChoices();
  const mutation = useChannelMutation('register:import-rejected');
  const make = (report: ImportReport, reasons: Record<string, string>, reasonHeader: string) =>
    file
      ? mutation
          .mutateAsync({
            fileName: file.fileName,
            contentBase64: file.contentBase64,
            sheet: sheet ?? report.sheet ?? undefined,
            mapping,
            reasons,
            reasonHeader,
          })
          .catch(() => null)
      : Promise.resolve(null);
  return { make, busy: mutation.isPending, error: appErrorOf(mutation.error) };
}
