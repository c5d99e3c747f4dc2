import { describe, expect, it } from 'vitest';
import { curlCommand, exportUrl, type ExportChoice } from './exportRequest';

const none: ExportChoice = {
  format: 'json', periods: [], orgUnits: [], descendants: false, categories: [], indicators: [], edition: '', lang: 'zh', bom: false,
};

describe('exportUrl', () => {
  it('is the bare endpoint for the defaults', () => {
    expect(exportUrl('http://x', none)).toBe('http://x/api/v1/exports');
  });

  it('repeats list filters and leaves out what does not apply', () => {
    const url = new URL(exportUrl('http://x', {
      ...none, format: 'csv', periods: ['2021', '2022'], orgUnits: ['511900'], descendants: true,
      categories: ['talent'], indicators: ['talent.a'], edition: '2021-1', lang: 'en', bom: true,
    }));
    expect(url.searchParams.getAll('period')).toEqual(['2021', '2022']);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      format: 'csv', orgUnit: '511900', descendants: 'true', category: 'talent', indicator: 'talent.a',
      edition: '2021-1', lang: 'en', bom: 'true',
    });
    // bom is for CSV only; descendants needs a unit to descend from
    const json = new URL(exportUrl('http://x', { ...none, bom: true, descendants: true }));
    expect(json.search).toBe('');
  });
});

describe('curlCommand', () => {
  it('quotes the URL for the shell', () => {
    expect(curlCommand("http://x/a?b=1&c=it's")).toBe("curl -fsSL -OJ 'http://x/a?b=1&c=it'\\''s'");
  });
});
