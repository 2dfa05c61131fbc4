import type { ReactNode } from 'react';

/** A wide table's scroll box: a named region that takes keyboard focus, so it can be scrolled without a mouse. */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
