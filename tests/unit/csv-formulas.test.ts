import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvText } from '../../src/main/reports/csv';

describe('csvText', () => {
  it('puts an apostrophe before every formula prefix, also when the cell holds a line break', () => {
    const hostile = ['=1+1', '+1', '-1+1', '@SUM(A1)', '\t=1', '\r=1', '=1+1\nx', '-cmd'];
    const text = csvText([hostile]);
    const [cells] = Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
    expect(cells).toEqual(hostile.map((h) => `'${h}`));
  });

  it('leaves plain text and plain amounts (also negative ones) as they are, with BOM, semicolons and CRLF', () => {
    expect(csvText([['Region Jämtland Härjedalen', '-1250,00', '349178,00', 'a;b', 'e-post']])).toBe(
      '\uFEFFRegion Jämtland Härjedalen;-1250,00;349178,00;"a;b";e-post\r\n',
    );
  });
});
