/** A small decorative spinner; the accompanying text says what is happening. */
export function Spinner() {
  return <span className="spinner" aria-hidden="true" />;
}
