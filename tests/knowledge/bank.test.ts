import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { detect } from 'tinyld';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BankError,
  bankLanguageFor,
  bankLanguages,
  getQuestion,
  loadBank,
  rubricFor,
  validateBank,
} from '../../src/knowledge/bank.js';
import { foldForMatch } from '../../src/judge/page/normalize.js';
import { BANK_LANGUAGES, QUESTION_IDS, type LanguageRubric, type QuestionDef } from '../../src/types/knowledge.js';

const BANK_DIR = fileURLToPath(new URL('../../src/knowledge/bank/', import.meta.url));

/** A fresh, mutable copy of one question file as it is on disk. */
function rawFile(id: string): Record<string, any> {
  return JSON.parse(readFileSync(join(BANK_DIR, `${id}.json`), 'utf8'));
}

/** The BankError thrown by validateBank, or a failure if it did not throw one. */
function bankErrorOf(raw: unknown, source: string): BankError {
  try {
    validateBank(raw, source);
  } catch (e) {
    expect(e).toBeInstanceOf(BankError);
    return e as BankError;
  }
  throw new Error('validateBank did not throw');
}

const RUBRIC_LANGS = BANK_LANGUAGES.filter((l) => l !== 'zh-Hant');
const CJK = new Set(['zh', 'ja', 'ko']);

describe('loadBank', () => {
  it('returns the ten questions in QUESTION_IDS order, each in all nine languages', () => {
    const bank = loadBank();
    expect(bank.map((q) => q.id)).toEqual([...QUESTION_IDS]);
    expect(bank).toHaveLength(10);
    expect(BANK_LANGUAGES).toHaveLength(9);
    for (const q of bank) {
      expect(Object.keys(q.languages).sort()).toEqual([...BANK_LANGUAGES].sort());
      for (const lang of BANK_LANGUAGES) {
        expect(q.languages[lang].question.trim().length, `${q.id} ${lang}`).toBeGreaterThan(10);
        expect(q.languages[lang].query.trim().length, `${q.id} ${lang}`).toBeGreaterThan(1);
      }
    }
  });

  it('is cached and frozen', () => {
    const a = loadBank();
    expect(loadBank()).toBe(a);
    const q = a[0] as QuestionDef;
    expect(Object.isFrozen(q)).toBe(true);
    expect(Object.isFrozen(q.concepts)).toBe(true);
    expect(() => {
      (q.languages.en as LanguageRubric).terms['x'] = ['y'];
    }).toThrow(TypeError);
  });

  it('getQuestion finds a question by id and returns undefined for an unknown id', () => {
    expect(getQuestion('withdrawal-fee')?.title).toMatch(/USDT/);
    expect(getQuestion('lost-2fa-device')?.topic).toBe('security');
    expect(getQuestion('nope')).toBeUndefined();
    expect(getQuestion('')).toBeUndefined();
  });

  it('bankLanguages lists the nine bank languages', () => {
    expect([...bankLanguages()]).toEqual(['en', 'zh', 'zh-Hant', 'ru', 'fa', 'ko', 'es', 'tr', 'ja']);
  });

  it('marks only the frozen-account question as the complaint scenario, feeding feedback', () => {
    const complaints = loadBank().filter((q) => q.complaint);
    expect(complaints.map((q) => q.id)).toEqual(['account-frozen-complaint']);
    expect(complaints[0]?.criteria).toContain('feedback');
  });

  it('every question has 4 to 7 concepts weighted 2, 1 or 0.5, with at least one essential', () => {
    for (const q of loadBank()) {
      expect(q.concepts.length, q.id).toBeGreaterThanOrEqual(4);
      expect(q.concepts.length, q.id).toBeLessThanOrEqual(7);
      for (const c of q.concepts) expect([0.5, 1, 2], `${q.id}.${c.id}`).toContain(c.weight);
      expect(q.concepts.some((c) => c.weight === 2), q.id).toBe(true);
    }
  });
});

describe('rubricFor', () => {
  const q = getQuestion('enable-2fa') as QuestionDef;
  const zh = q.languages.zh as LanguageRubric;

  it('maps Traditional Chinese tags to the zh-Hant question with the zh terms', () => {
    for (const tag of ['zh-TW', 'zh-Hant', 'zh-HK', 'zh-MO', 'zh-Hant-TW', 'zh_TW', 'ZH-hant']) {
      const r = rubricFor(q, tag);
      expect(r.lang, tag).toBe('zh-Hant');
      expect(r.rubric.question).toBe(q.languages['zh-Hant'].question);
      expect(r.rubric.query).toBe(q.languages['zh-Hant'].query);
      expect(r.rubric.terms).toEqual(zh.terms);
      expect(r.rubric.specific).toEqual(zh.specific);
      expect(r.rubric.offTopic).toEqual(zh.offTopic);
      expect(r.rubric.question).not.toBe(zh.question);
    }
  });

  it('maps Simplified Chinese tags to zh', () => {
    for (const tag of ['zh-CN', 'zh', 'zh-SG', 'zh-Hans', 'zh-Hans-TW']) {
      const r = rubricFor(q, tag);
      expect(r.lang, tag).toBe('zh');
      expect(r.rubric).toEqual(zh);
    }
  });

  it('uses the primary subtag for other regions and English for anything not in the bank', () => {
    expect(rubricFor(q, 'EN-us').lang).toBe('en');
    expect(rubricFor(q, 'fa-IR').lang).toBe('fa');
    expect(rubricFor(q, 'ru_RU').lang).toBe('ru');
    expect(rubricFor(q, 'es-419').lang).toBe('es');
    expect(rubricFor(q, 'ko').rubric).toEqual(q.languages.ko);
    for (const tag of ['pt-BR', 'xx', '', '  ', 'de', 'zz-ZZ']) {
      const r = rubricFor(q, tag);
      expect(r.lang, JSON.stringify(tag)).toBe('en');
      expect(r.rubric).toEqual(q.languages.en);
    }
    expect(bankLanguageFor('TR')).toBe('tr');
    expect(bankLanguageFor('ja-JP')).toBe('ja');
  });

  it('gives every concept of every question terms in every bank language', () => {
    for (const question of loadBank()) {
      for (const lang of BANK_LANGUAGES) {
        const { rubric } = rubricFor(question, lang);
        for (const c of question.concepts) {
          const terms = rubric.terms[c.id];
          expect(terms, `${question.id} ${lang} ${c.id}`).toBeDefined();
          expect(terms?.length, `${question.id} ${lang} ${c.id}`).toBeGreaterThan(0);
          for (const t of terms ?? []) expect(t.trim(), `${question.id} ${lang} ${c.id}`).not.toBe('');
        }
        expect(Object.keys(rubric.terms).sort()).toEqual(question.concepts.map((c) => c.id).sort());
      }
    }
  });
});

describe('validateBank', () => {
  const source = 'src/knowledge/bank/enable-2fa.json';
  let dir: string | null = null;
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('accepts every real file', () => {
    for (const id of QUESTION_IDS) expect(validateBank(rawFile(id), `${id}.json`).id).toBe(id);
  });

  it('rejects a copy written to disk with a missing language, naming the file and the field', () => {
    dir = mkdtempSync(join(tmpdir(), 'supportscope-bank-'));
    const raw = rawFile('enable-2fa');
    delete raw.languages.ko;
    const path = join(dir, 'enable-2fa.json');
    writeFileSync(path, JSON.stringify(raw));
    const err = bankErrorOf(JSON.parse(readFileSync(path, 'utf8')), path);
    expect(err.file).toBe(path);
    expect(err.code).toBe('E_BANK');
    expect(err.issues.map((i) => i.path)).toContain('languages.ko');
    expect(err.message).toContain(`${path}: languages.ko`);
  });

  it('rejects an unknown concept id in a language', () => {
    const raw = rawFile('enable-2fa');
    raw.languages.ru.terms['hardware-wallet'] = ['ledger'];
    const err = bankErrorOf(raw, source);
    expect(err.message).toContain(`${source}: languages.ru.terms.hardware-wallet: unknown concept id "hardware-wallet"`);
  });

  it('rejects a concept with no terms in a language, and a missing concept', () => {
    const raw = rawFile('enable-2fa');
    raw.languages.es.terms['backup-key'] = [];
    delete raw.languages.tr.terms['sms-weaker'];
    const err = bankErrorOf(raw, source);
    const paths = err.issues.map((i) => i.path);
    expect(paths).toContain('languages.es.terms.backup-key');
    expect(err.issues.find((i) => i.path === 'languages.es.terms.backup-key')?.message).toMatch(/at least one term/);
    // Reported once the shape is valid: fix the first problem and the second shows.
    raw.languages.es.terms['backup-key'] = ['código de respaldo'];
    const err2 = bankErrorOf(raw, source);
    expect(err2.issues).toEqual([{ path: 'languages.tr.terms.sms-weaker', message: expect.stringMatching(/missing/) }]);
  });

  it('rejects empty, padded and mid-word-star terms, naming the index', () => {
    const raw = rawFile('enable-2fa');
    raw.languages.en.terms['backup-key'] = ['backup code', ''];
    raw.languages.fa.terms['backup-key'] = [' کد پشتیبان'];
    raw.languages.ru.terms['backup-key'] = ['резерв*ный код'];
    raw.languages.ja.terms['backup-key'] = ['*'];
    const err = bankErrorOf(raw, source);
    const paths = err.issues.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'languages.en.terms.backup-key[1]',
        'languages.fa.terms.backup-key[0]',
        'languages.ru.terms.backup-key[0]',
        'languages.ja.terms.backup-key[0]',
      ]),
    );
  });

  it('rejects duplicate concept ids, an id that does not match the file name, and a bad topic', () => {
    const raw = rawFile('enable-2fa');
    raw.concepts.push({ id: 'backup-key', label: 'again', weight: 1 });
    let err = bankErrorOf(raw, source);
    expect(err.issues).toContainEqual({ path: 'concepts[5].id', message: 'duplicate concept id "backup-key"' });

    err = bankErrorOf(rawFile('enable-2fa'), 'src/knowledge/bank/lost-2fa-device.json');
    expect(err.issues).toEqual([{ path: 'id', message: expect.stringContaining('"lost-2fa-device"') }]);

    const bad = rawFile('enable-2fa');
    bad.topic = 'gossip';
    bad.id = 'not-a-question';
    err = bankErrorOf(bad, source);
    expect(err.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['topic', 'id']));
  });

  it('rejects zh-Hant terms (they come from zh) and unknown fields', () => {
    const raw = rawFile('kyc-documents');
    raw.languages['zh-Hant'].terms = { 'id-document': ['護照'] };
    raw.languages.en.hints = ['x'];
    const err = bankErrorOf(raw, 'kyc-documents.json');
    const paths = err.issues.map((i) => i.path);
    expect(paths).toContain('languages.zh-Hant');
    expect(paths).toContain('languages.en');
  });

  it('rejects a term that names two concepts of the same question in one language', () => {
    const raw = rawFile('withdrawal-pending');
    raw.languages.ko.terms['block-explorer'].push('TXID');
    const err = bankErrorOf(raw, 'withdrawal-pending.json');
    expect(err.issues).toHaveLength(1);
    expect(err.issues[0]?.path).toMatch(/^languages\.ko\.terms\.(block-explorer|status-txid)\[\d+\]$/);
    expect(err.issues[0]?.message).toMatch(/also a term of concept/);
  });

  it('rejects something that is not a question at all', () => {
    expect(bankErrorOf(null, 'x.json').issues[0]?.path).toBe('');
    expect(bankErrorOf([], 'x.json').message).toContain('x.json: (root)');
  });
});

describe('bank content', () => {
  /** The key the matcher would see: folded, hyphens as spaces; CJK without spaces. */
  function matchKey(term: string, lang: string): string {
    const f = foldForMatch(term.replace(/[-_]/g, ' '));
    return CJK.has(lang) ? f.replace(/\s+/g, '') : f;
  }

  it('no term belongs to two concepts of the same question in one language', () => {
    for (const q of loadBank()) {
      for (const lang of RUBRIC_LANGS) {
        const owner = new Map<string, string>();
        for (const [concept, terms] of Object.entries((q.languages[lang] as LanguageRubric).terms)) {
          for (const t of terms) {
            const key = matchKey(t, lang);
            const other = owner.get(key);
            if (other !== undefined) expect(other, `${q.id} ${lang} "${t}"`).toBe(concept);
            owner.set(key, concept);
          }
        }
      }
    }
  });

  it('offTopic words are never concept terms of the same question', () => {
    for (const q of loadBank()) {
      for (const lang of RUBRIC_LANGS) {
        const r = q.languages[lang] as LanguageRubric;
        const conceptKeys = new Set(Object.values(r.terms).flat().map((t) => matchKey(t, lang)));
        for (const w of r.offTopic ?? []) expect(conceptKeys.has(matchKey(w, lang)), `${q.id} ${lang} "${w}"`).toBe(false);
        expect(r.specific?.length ?? 0, `${q.id} ${lang} specific`).toBeGreaterThan(0);
        expect(r.offTopic?.length ?? 0, `${q.id} ${lang} offTopic`).toBeGreaterThan(0);
      }
    }
  });

  it('Chinese terms are Simplified (zh-Hant replies are converted before matching)', () => {
    // A Simplified string is left alone by the Traditional -> Simplified conversion the grader applies.
    const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
    const toSimplifiedHk = OpenCC.Converter({ from: 'hk', to: 'cn' });
    for (const q of loadBank()) {
      const zh = q.languages.zh as LanguageRubric;
      for (const t of [...Object.values(zh.terms).flat(), ...(zh.specific ?? []), ...(zh.offTopic ?? []), zh.question, zh.query]) {
        expect(toSimplified(t), `${q.id} zh "${t}"`).toBe(t);
        expect(toSimplifiedHk(t), `${q.id} zh "${t}"`).toBe(t);
      }
      const hant = q.languages['zh-Hant'].question;
      expect(toSimplified(hant), `${q.id} zh-Hant question is Traditional`).not.toBe(hant);
    }
  });

  it('each question text is written in its language (tinyld)', () => {
    for (const q of loadBank()) {
      for (const lang of BANK_LANGUAGES) {
        const expected = lang === 'zh-Hant' ? 'zh' : lang;
        expect(detect(q.languages[lang].question), `${q.id} ${lang}`).toBe(expected);
      }
    }
  });

  it('queries are short keyword searches, not the question again', () => {
    for (const q of loadBank()) {
      for (const lang of BANK_LANGUAGES) {
        const { question, query } = q.languages[lang];
        expect(query.length, `${q.id} ${lang}`).toBeLessThanOrEqual(60);
        expect(query.split(/\s+/).length, `${q.id} ${lang}`).toBeLessThanOrEqual(7);
        expect(query).not.toBe(question);
        expect(query, `${q.id} ${lang}`).not.toMatch(/[?？]/);
      }
    }
  });
});
