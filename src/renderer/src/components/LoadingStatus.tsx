import { Spinner } from './Spinner';

/** A status line while something loads: a spinner and what is happening, announced politely. */
export function LoadingStatus({ text }: { text: string }) {
  return (
    <p className="loading" role="status">
      <Spinner />
      {text}
    </p>
  );
}
