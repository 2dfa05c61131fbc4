import { useEffect, useId, useState } from 'react';
import { useDebounced } from '../useDebounced';

type Props = {
  label: string;
  /** Read by screen readers after the label (what the search looks in). */
  hint?: string;
  /** The query the list uses now (from the store). */
  query: string;
  /** Called with the typed text once typing has paused, when it differs from `current()`. */
  onSettle: (query: string) => void;
  /** The list's query at the moment of settling (read fresh, not from the render). */
  current: () => string;
};

/** The search box of a list's filter row: typed text goes to the list 300 ms after typing pauses. */
export function DebouncedSearch({ label, hint, query, onSettle, current }: Props) {
  const id = useId();
  const [text, setText] = useState(query);
  const settled = useDebounced(text, 300);
  useEffect(() => {
    if (settled !== current()) onSettle(settled);
  }, [settled, onSettle, current]);
  return (
    <>
      <label className="filter-bar__label" htmlFor={`${id}-q`}>
        {label}
      </label>
      <input
        id={`${id}-q`}
        className="field__input"
        type="search"
        value={text}
        autoComplete="off"
        aria-describedby={hint ? `${id}-q-hint` : undefined}
        onChange={(event) => setText(event.target.value)}
      />
      {hint && (
        <span className="visually-hidden" id={`${id}-q-hint`}>
          {hint}
        </span>
      )}
    </>
  );
}
