/** Article dates: written dates in every bank language, Solar Hijri conversion, machine-readable sources, and what is ignored. */
import { describe, expect, it } from 'vitest';
import { datesInText, jalaliToGregorian, parseIsoDate } from '../../src/judge/page/dates.js';
import { judge, page } from './page-helpers.js';

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

const WRITTEN: [lang: string, text: string, isoDay: string][] = [
  ['en', 'Updated October 18, 2025 09:12', '2025-10-18'],
  ['en', 'Oct 18, 2025', '2025-10-18'],
  ['en', '18 Oct 2025', '2025-10-18'],
  ['en', '18th October 2025', '2025-10-18'],
  ['en', 'Sept. 5, 2025', '2025-09-05'],
  ['en', 'Modified on: Fri, 5 Sep, 2025 at 8:55 AM', '2025-09-05'],
  ['en', 'Published 2025-10-18', '2025-10-18'],
  ['en', '2025/10/18', '2025-10-18'],
  ['en', '2025.10.18', '2025-10-18'],
  ['en', '10/11/2025', '2025-10-11'],
  ['en', '25/10/2025', '2025-10-25'],
  ['ru', '18 октября 2025 г.', '2025-10-18'],
  ['ru', '18.10.2025', '2025-10-18'],
  ['ru', '10/11/2025', '2025-11-10'],
  ['ru', 'Изменено: Пт, 5 сент., 2025', '2025-09-05'],
  ['zh', '更新于 2025年10月18日', '2025-10-18'],
  ['zh', '2025 年 10 月 18 日', '2025-10-18'],
  ['zh', '公告發佈於 2025/10/01', '2025-10-01'],
  ['ja', '2025年10月18日に更新', '2025-10-18'],
  ['ko', '2025년 10월 18일', '2025-10-18'],
  ['ko', '2025. 10. 18.', '2025-10-18'],
  ['tr', '18 Ekim 2025', '2025-10-18'],
  ['tr', '18 EKİM 2025', '2025-10-18'],
  ['tr', '5 Eylül 2025 Cuma', '2025-09-05'],
  ['es', '18 de octubre de 2025', '2025-10-18'],
  ['es', '18 oct. 2025', '2025-10-18'],
  ['fa', '۲۶ مهر ۱۴۰۴', '2025-10-18'],
  ['fa', '26 مهر 1404', '2025-10-18'],
  ['fa', '1404/07/26', '2025-10-18'],
  ['fa', '۱۴۰۴/۰۷/۲۶', '2025-10-18'],
  ['fa', '۱ فروردین ۱۴۰۴', '2025-03-21'],
  ['fa', '۱۸ اکتبر ۲۰۲۵', '2025-10-18'],
  ['de', '18. Oktober 2025', '2025-10-18'],
  ['fr', '1er octobre 2025', '2025-10-01'],
  ['pt', '18 de outubro de 2025', '2025-10-18'],
  ['vi', 'ngày 18 tháng 10 năm 2025', '2025-10-18'],
  ['ar', '18 أكتوبر 2025', '2025-10-18'],
];

describe('datesInText', () => {
  it.each(WRITTEN)('%s: %s', (lang, text, isoDay) => {
    expect(datesInText(text, lang).map(day)).toEqual([isoDay]);
  });
  it.each([
    ['a relative date', '3 months ago', 'en'],
    ['a year alone', '© 2025', 'en'],
    ['an implausible year', '18 October 1990 and 2150-01-01', 'en'],
    ['an impossible day', '2025-02-30 and 31.04.2025', 'en'],
    ['an order reference', 'Ref 2025-10-18-7781', 'en'],
    ['a version number', 'v1.2.3.2025', 'en'],
    ['a phone number', '1661-5566', 'ko'],
    ['a month without a day', 'October 2025', 'en'],
  ])('ignores %s', (_name, text, lang) => {
    expect(datesInText(text, lang)).toEqual([]);
  });
});

describe('jalaliToGregorian', () => {
  it.each([
    [1404, 7, 26, '2025-10-18'],
    [1404, 1, 1, '2025-03-21'],
    [1403, 12, 30, '2025-03-20'],
    [1400, 1, 1, '2021-03-21'],
    [1399, 1, 1, '2020-03-20'],
    [1378, 10, 11, '2000-01-01'],
    [1357, 11, 22, '1979-02-11'],
  ])('%i/%i/%i is %s', (y, m, d, iso) => {
    const g = jalaliToGregorian(y, m, d);
    expect(g && `${g.year}-${String(g.month).padStart(2, '0')}-${String(g.day).padStart(2, '0')}`).toBe(iso);
  });
  it('rejects days that do not exist', () => {
    expect(jalaliToGregorian(1402, 12, 30)).toBeNull(); // 1402 is not a leap year
    expect(jalaliToGregorian(1404, 7, 31)).toBeNull(); // Mehr has 30 days
    expect(jalaliToGregorian(1404, 13, 1)).toBeNull();
  });
});

describe('parseIsoDate', () => {
  it('applies offsets and keeps date-only dates apart', () => {
    expect(parseIsoDate('2025-10-18T09:12:33+03:30')).toEqual({ ms: Date.UTC(2025, 9, 18, 5, 42, 33), dateOnly: false });
    expect(parseIsoDate('2025-10-18T09:12:33.250Z')).toEqual({ ms: Date.UTC(2025, 9, 18, 9, 12, 33, 250), dateOnly: false });
    expect(parseIsoDate('2025-10-18')).toEqual({ ms: Date.UTC(2025, 9, 18), dateOnly: true });
    expect(parseIsoDate('2025-02-30')).toBeNull();
    expect(parseIsoDate('2025-10-18T25:00:00Z')).toBeNull();
    expect(parseIsoDate('1990-01-01T00:00:00Z')).toBeNull();
  });
});

describe('articleDates on a page', () => {
  const rows: { name: string; body: string; head?: string; lang?: string; dates: string[] }[] = [
    { name: '<time datetime> with an offset', body: '<time datetime="2025-10-18T09:00:00+08:00">Oct 18</time>', dates: ['2025-10-18T01:00:00.000Z'] },
    { name: 'meta article:modified_time and og:updated_time', head: '<meta property="article:modified_time" content="2025-10-17T12:00:00Z"><meta property="og:updated_time" content="1760788800">', body: '', dates: ['2025-10-18T12:00:00.000Z', '2025-10-17T12:00:00.000Z'] },
    { name: 'JSON-LD datePublished/dateModified, nested', head: '<script type="application/ld+json">[{"@graph":[{"@type":"Article","datePublished":"2024-01-02T03:04:05Z","dateModified":"2025-10-18"}]}]</script>', body: '', dates: ['2025-10-18T00:00:00.000Z', '2024-01-02T03:04:05.000Z'] },
    { name: 'malformed JSON-LD is ignored', head: '<script type="application/ld+json">{"datePublished": "2025-10-18T00:00:00Z",</script>', body: '<p>x</p>', dates: [] },
    { name: 'dates inside an executable script are ignored', head: '<script>var published = "2025-10-18"; // October 18, 2025</script>', body: '<p>Hello</p>', dates: [] },
    { name: 'dates inside a <template> are ignored', body: '<template><time datetime="2025-10-18T00:00:00Z">x</time><p>18 Oct 2025</p></template>', dates: [] },
    { name: 'Zendesk "Updated" text next to the same <time>', body: '<li class="meta-data"><time datetime="2025-10-18T09:12:00Z">October 18, 2025 09:12</time></li><li class="meta-data">Updated</li>', dates: ['2025-10-18T09:12:00.000Z'] },
    { name: 'relative dates are skipped', body: '<span class="meta">Updated 3 months ago</span>', dates: [] },
    { name: 'newest first, deduplicated', body: '<p>2025-01-05, 2025-10-18, 5 January 2025, 2024-12-31</p>', dates: ['2025-10-18T00:00:00.000Z', '2025-01-05T00:00:00.000Z', '2024-12-31T00:00:00.000Z'] },
    { name: 'an implausible <time> is dropped', body: '<time datetime="1970-01-01T00:00:00Z">epoch</time><time datetime="2199-01-01">future</time>', dates: [] },
  ];
  it.each(rows)('$name', ({ body, head, lang, dates }) => {
    expect(judge(page(body, { head: head ?? '', lang: lang ?? 'en' })).articleDates).toEqual(dates);
  });
  it('caps the list, keeping the newest', () => {
    const body = Array.from({ length: 300 }, (_, i) => `<time datetime="${new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString()}"></time>`).join('');
    const dates = judge(page(body)).articleDates;
    expect(dates).toHaveLength(200);
    expect(dates[0]).toBe(new Date(Date.UTC(2024, 0, 1) + 299 * 86_400_000).toISOString());
    expect([...dates].sort().reverse()).toEqual(dates);
  });
});
