/**
 * One name for one thing (#15): the cost exports (xlsx, PDF, CSV) use the words the views use for the
 * parts of a region's cost, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { costWords } from '../../src/main/reports/cost-labels';
import enUi from '../../src/renderer/src/i18n/en.json';
import svUi from '../../src/renderer/src/i18n/sv.json';

describe('cost export words', () => {
  it.each([
    ['sv', svUi],
    ['en', enUi],
  ] as const)('name the parts of a region’s cost as the views do (%s)', (language, ui) => {
    const w = costWords(language);
    expect(w.hostingShares).toBe(ui.costs.report.hostingShares);
    expect(w.representation).toBe(ui.costs.report.ownStaff);
    expect(w.contributions).toBe(ui.costs.report.contributions);
    expect(w.payees).toEqual(ui.costs.payeeKind);
  });

  it('names a host by its name, its code only when the name is unknown', () => {
    const w = costWords('sv', { NORRA: 'Norra sjukvårdsregionen' });
    expect([w.hostName('NORRA'), w.hostName('XYZ')]).toEqual(['Norra sjukvårdsregionen', 'XYZ']);
  });
});
