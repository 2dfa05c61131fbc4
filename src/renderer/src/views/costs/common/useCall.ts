import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '@shared/contract/errors';
import type { Result } from '@shared/contract/errors';

export type Loaded<T> = { data: T | null; error: AppError | null; loading: boolean; reload: () => void };

/**
 * Fetches with `fetcher` whenever `key` changes (a string of the inputs); late answers for an older
 * key are dropped. `fetcher` returning null means "nothing to fetch".
 */
export function useLoad<T>(key: string, fetcher: () => Promise<Result<T>> | null): Loaded<T> {
  const [state, setState] = useState<{ data: T | null; error: AppError | null; loading: boolean }>({
    data: null,
    error: null,
    loading: false,
  });
  const [tick, setTick] = useState(0);
  const latest = useRef(0);
  const fetcherRef = useRef(fetcher);
  fetcherRef.current = fetcher;
  useEffect(() => {
    const promise = fetcherRef.current();
    if (!promise) {
      setState({ data: null, error: null, loading: false });
      return;
    }
    const request = ++latest.current;
    setState((s) => ({ ...s, loading: true }));
    void promise.then((result) => {
      if (request !== latest.current) return;
      setState(result.ok ? { data: result.value, error: null, loading: false } : { data: null, error: result.error, loading: false });
    });
  }, [key, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { ...state, reload };
}

/** Runs one action at a time and keeps its error; `run` resolves to the value or null. */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const run = useCallback(async <T>(action: () => Promise<Result<T>>): Promise<T | null> => {
    setBusy(true);
    setError(null);
    const result = await action();
    setBusy(false);
    if (result.ok) return result.value;
    setError(result.error);
    return null;
  }, []);
  return { busy, error, run, clearError: () => setError(null) };
}
