/** CSV renderer: RFC 4180 quoting, formula-injection guard, nulls as empty cells, rank order. */
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, renderCsv } from '../../src/render/csv.js';
import { CRITERION_IDS } from '../../src/types/report.js';
import { criteria, exchange, loadSample, report } from './reports.js';

/** A strict RFC 4180 parser (CRLF records, "" inside quoted fields). Throws on malformed input. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`bare quote at ${i}`);
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < text.length) throw new Error(`expected , or CRLF at ${i}, got ${JSON.stringify(text[i])}`);
  }
  if (row.length > 0) throw new Error('last record has no CRLF');
  return rows;
}

describe('csvCell', () => {
  it('null and undefined are empty; numbers as they are', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(7.25)).toBe('7.25');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('quotes commas and quotes (doubled)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('plain')).toBe('plain');
  });

  it('guards formula injection with a leading apostrophe', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","x")')).toBe('"\'=HYPERLINK(""http://evil.example"",""x"")"');
    expect(csvCell('+1+1')).toBe("'+1+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1+1')).toBe("'=1+1");
    expect(csvCell('\r=1+1')).toBe("'=1+1");
    expect(csvCell('  =1+1')).toBe("'=1+1");
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('strips control characters and folds line breaks', () => {
    expect(csvCell('a\u0007b\u001b[0mc')).toBe('ab[0mc');
    expect(csvCell('one\r\ntwo\nthree')).toBe('one two three');
  });
});

describe('renderCsv', () => {
  const sample = loadSample();
  const text = renderCsv(sample);
  const rows = parseCsv(text);
  const header = rows[0]!;
  const records = rows.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])) as Record<string, string>);

  it('is RFC 4180 with CRLF line ends and a header row', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(header.slice(0, 11)).toEqual(['record_type', 'exchange_id', 'exchange_name', 'rank', 'overall', 'grade', 'coverage', 'criterion', 'weight', 'score', 'top_reason']);
    for (const r of rows) expect(r).toHaveLength(header.length);
  });

  it('one row per exchange × criterion and per exchange × channel', () => {
    const n = sample.exchanges.length;
    expect(records.filter((r) => r.record_type === 'criterion')).toHaveLength(n * CRITERION_IDS.length);
    expect(records.filter((r) => r.record_type === 'channel')).toHaveLength(n * 5);
    expect(records).toHaveLength(n * (CRITERION_IDS.length + 5));
    expect([...new Set(records.filter((r) => r.record_type === 'channel').map((r) => r.channel))]).toEqual(['help_center', 'search', 'email', 'ticket', 'chat']);
    expect(new Set(records.map((r) => r.record_type))).toEqual(new Set(['criterion', 'channel']));
  });

  it('carries the figures, null as empty', () => {
    const aurora = records.filter((r) => r.exchange_id === 'aurora');
    const resp = aurora.find((r) => r.criterion === 'responsiveness')!;
    expect(resp).toMatchObject({ exchange_name: 'Aurora Exchange', rank: '1', overall: '90.9', grade: 'A', coverage: '0.909', weight: '2', score: '9.1', channel: '' });
    expect(resp.top_reason).toMatch(/^help center p50 TTFB 178 ms/);
    const feedback = aurora.find((r) => r.criterion === 'feedback')!;
    expect(feedback.score).toBe('');
    const hc = aurora.find((r) => r.channel === 'help_center')!;
    expect(hc).toMatchObject({ record_type: 'channel', criterion: '', score: '', observations: '672', ok: '669', availability: '0.996', latency_p50_ms: '178' });
    const chat = aurora.find((r) => r.channel === 'chat')!;
    expect(chat).toMatchObject({ conversations: '2', replied: '2', first_reply_p50_sec: '4', human_handoff_p50_sec: '120', first_substantive_reply_p50_sec: '' });
    const search = records.find((r) => r.rank === '5' && r.channel === 'search')!;
    expect(search).toMatchObject({ searches: '10', failed: '10', with_results: '0', answered: '0', mean_score: '' });
    expect(aurora.find((r) => r.channel === 'search')!.mean_score).toBe('7.8');
    const missing = records.find((r) => r.exchange_id === 'scriptkiddie' && r.channel === 'email')!;
    for (const c of CSV_COLUMNS.slice(12)) expect(missing[c]).toBe('');
  });

  it('untrusted names and ids cannot run as formulas, and round-trip otherwise', () => {
    const sparse = records.filter((r) => r.rank === '5');
    expect(sparse[0]!.exchange_id).toBe("'=cmd|' /C calc'!A0");
    expect(sparse[0]!.exchange_name).toBe('\'=HYPERLINK("http://evil.example","SparseBit") | `rm -rf` #1');
    expect(records.find((r) => r.exchange_id === 'longmen')!.exchange_name).toBe('Longmen "Dragon Gate" | 龙门交易所 |');
    expect(records.find((r) => r.exchange_id === 'simorgh')!.exchange_name).toBe('صرافی سیمرغ (Simorgh)');
    for (const r of rows) for (const cell of r) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
  });

  it('orders exchanges by rank, unranked last, whatever the report order', () => {
    const r = report([
      exchange({ id: 'none', name: 'No data', rank: null }),
      exchange({ id: 'two', name: 'Two', rank: 2, overall: 50, grade: 'D', coverage: 0.1, criteria: criteria({ security: 5 }) }),
      exchange({ id: 'one', name: 'One', rank: 1, overall: 90, grade: 'A', coverage: 0.1, criteria: criteria({ security: 9 }) }),
    ]);
    const ids = parseCsv(renderCsv(r))
      .slice(1)
      .map((row) => row[1]);
    expect([...new Set(ids)]).toEqual(['one', 'two', 'none']);
    const none = parseCsv(renderCsv(r)).slice(1).filter((row) => row[1] === 'none');
    expect(none[0]!.slice(3, 6)).toEqual(['', '', '']); // rank, overall, grade
  });

  it('a report with no exchange is just the header', () => {
    expect(renderCsv(report([]))).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });
});
