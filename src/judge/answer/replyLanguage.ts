/**
 * The language a support reply is written in, and language tags as users type them.
 *
 * Why it matters (multilingual criterion): a question asked in Persian and answered in
 * English was not served in the user's language. Detection reads letters only: URLs,
 * e-mail addresses, code, numbers, ticket ids, acronyms (USDT, API, KYC) and common
 * English product words (Google Authenticator, wallet, app) are dropped first, because
 * every support reply in every language is full of them. The script decides first (Hangul
 * is Korean, kana is Japanese, Han without kana is Chinese); within Cyrillic and Arabic
 * script, letters only one language uses decide (ы/э/ё Russian, ї/є/ґ Ukrainian, پ/چ/ژ/گ/ی/ک
 * Persian, ة/ي/ك Arabic…), and tinyld picks among that script's languages otherwise, and
 * among Latin-script languages. Chinese is reported as `zh-Hant` when OpenCC's Traditional →
 * Simplified conversion changes a noticeable share of its characters, else `zh`. Between
 * closely related Latin-script languages (es/pt/gl, tr/az, id/ms, no/da) a near tie goes to
 * the asked language. Too little text gives null rather than a guess.
 */
import { tinyld } from '../languageDetection.js';
import { ISO_639_1, KEPT_THREE_LETTER, LANGUAGE_ALIASES } from '../page/language-codes.js';
import { toSimplifiedChars } from './replyText.js';

/** Characters of the reply sampled (the start is enough and keeps detection fast). */
const SAMPLE_CHARS = 6000;
/** Below this many letters (a CJK character counts as two) the language is not judged. */
const MIN_WEIGHTED_LETTERS = 14;
/** Share of letters in a non-Latin script above which the reply is in that script's language. */
const NON_LATIN_SHARE = 0.3;

/** English product and interface words that appear untranslated in replies of every language. */
const LOANWORDS = new Set(
  (
    'google authenticator authy microsoft yubikey passkey passkeys app apps email e-mail wallet wallets spot futures margin ' +
    'staking blockchain bitcoin ethereum tron tether binance metamask telegram whatsapp twitter discord facebook instagram ' +
    'youtube link login logout online ok okay token tokens hash txid explorer mempool etherscan tronscan bscscan qr code ' +
    'selfie trading web ios android iphone play store chrome safari id pin vip p2p otp kyc api key'
  ).split(' '),
);

/** Latin-script languages a support reply is plausibly written in (tinyld also knows Esperanto, Berber, Latin… which only add noise). */
const LATIN_LANGS = [
  'en', 'es', 'pt', 'fr', 'de', 'it', 'nl', 'tr', 'vi', 'id', 'ms', 'pl', 'ro', 'cs', 'sk', 'hu', 'sv', 'da', 'no', 'fi',
  'tl', 'sw', 'hr', 'sl', 'lt', 'lv', 'et', 'az', 'uz', 'ca', 'af', 'sq', 'is', 'ga', 'cy', 'eu', 'gl', 'bs', 'sr', 'tk',
];
const CYRILLIC_LANGS = ['ru', 'uk', 'bg', 'be', 'sr', 'mk', 'kk', 'ky', 'mn', 'tg'];
const ARABIC_LANGS = ['fa', 'ar', 'ur', 'ps', 'ku'];
/** Pairs tinyld confuses on short texts: a near tie goes to the asked language. */
const RELATED: readonly (readonly string[])[] = [
  ['es', 'pt', 'gl', 'ca'], ['tr', 'az', 'tk'], ['id', 'ms'], ['no', 'da', 'sv'], ['hr', 'sr', 'bs', 'sl'], ['cs', 'sk'],
  ['ru', 'uk', 'bg', 'be'], ['fa', 'ar', 'ur'],
];

/**
 * Letters only one language of a script uses, most distinctive first: the language is
 * decided by them when present (cheaper and surer than n-gram statistics on a short reply).
 */
const CYRILLIC_MARKS: readonly [string, RegExp][] = [
  ['kk', /[әғқңөұһ]/u],
  ['tg', /[ӣӯҳҷ]/u],
  ['mk', /[ѓќѕ]/u],
  ['sr', /[ђћ]/u],
  ['be', /ў/u],
  ['uk', /[їєґ]/u],
  ['ru', /[ыэё]/u],
];
const ARABIC_MARKS: readonly [string, RegExp][] = [
  ['ur', /[ٹڈڑںے]/u],
  ['ps', /[ټډړږښګڼ]/u],
  ['ku', /[ێڵۆڕ]/u],
  ['fa', /[پچژگیک]/u],
  ['ar', /[ةىيك]/u],
];

function byLetters(text: string, marks: readonly [string, RegExp][]): string | null {
  for (const [lang, re] of marks) if (re.test(text)) return lang;
  return null;
}

type Script = 'latin' | 'cyrillic' | 'arabic' | 'hangul' | 'han' | 'kana' | 'greek' | 'hebrew' | 'thai' | 'devanagari' | 'armenian' | 'georgian' | 'other';

const SCRIPT_TESTS: readonly [Script, RegExp][] = [
  ['latin', /\p{Script=Latin}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}ー]/u],
  ['han', /\p{Script=Han}/u],
  ['greek', /\p{Script=Greek}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['thai', /\p{Script=Thai}/u],
  ['devanagari', /\p{Script=Devanagari}/u],
  ['armenian', /\p{Script=Armenian}/u],
  ['georgian', /\p{Script=Georgian}/u],
];
const SINGLE_SCRIPT_LANG: Partial<Record<Script, string>> = { hangul: 'ko', greek: 'el', hebrew: 'he', thai: 'th', armenian: 'hy', georgian: 'ka' };

function scriptOf(ch: string): Script {
  for (const [s, re] of SCRIPT_TESTS) if (re.test(ch)) return s;
  return 'other';
}

/** The text with everything that is not prose removed. */
function proseOnly(text: string): string {
  return text
    .slice(0, SAMPLE_CHARS)
    .normalize('NFKC')
    .replace(/`{3}[\s\S]*?`{3}|`[^`\n]*`/g, ' ') // code
    .replace(/\b(?:https?|ftp):\/\/\S+|\bwww\.\S+/gi, ' ') // URLs
    .replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, ' ') // e-mail addresses
    .replace(/\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|io|example|exchange|app|co|info|biz|pro|me|ru|ir|kr|jp|cn|tw|tr|es|de)\b\S*/gi, ' ') // bare domains
    .replace(/[#№]\s?[\w-]+/g, ' '); // ticket ids
}

interface ScriptCounts {
  weighted: Map<Script, number>;
  total: number;
  /** Words kept for tinyld, per script. */
  words: Map<Script, string[]>;
}

function countScripts(prose: string): ScriptCounts {
  const weighted = new Map<Script, number>();
  const words = new Map<Script, string[]>();
  let total = 0;
  const add = (script: Script, word: string, n: number) => {
    weighted.set(script, (weighted.get(script) ?? 0) + n);
    total += n;
    const list = words.get(script) ?? [];
    list.push(word);
    words.set(script, list);
  };
  // Capitalised Latin words inside a sentence are mostly names (Aurora Exchange, Google
  // Authenticator, Binance Smart Chain): set aside, used only if they are most of the text.
  const names: string[] = [];
  let latinKept = 0;
  let sentenceStart = true;
  for (const m of prose.matchAll(/[\p{L}\p{M}'’-]+|[.!?。！？:：\n]/gu)) {
    const token = m[0];
    if (/^[.!?。！？:：\n]$/u.test(token)) {
      sentenceStart = true;
      continue;
    }
    const atStart = sentenceStart;
    sentenceStart = false;
    const word = token.replace(/^['’-]+|['’-]+$/g, '');
    if (!word) continue;
    const script = scriptOf(word[0]!);
    if (script === 'latin') {
      // Acronyms and CamelCase product names (USDT, TxID, YubiKey) and English interface words.
      if (word.length > 1 && (word === word.toUpperCase() || /\p{Ll}\p{Lu}/u.test(word))) continue;
      if (LOANWORDS.has(word.toLowerCase())) continue;
      if (!atStart && /^\p{Lu}/u.test(word)) {
        names.push(word);
        continue;
      }
      latinKept++;
    }
    if (script === 'han' || script === 'kana' || script === 'hangul') {
      // Count each character of a CJK run by its own script (kanji and kana mix within a word).
      for (const ch of word) {
        const s = scriptOf(ch);
        if (s !== 'han' && s !== 'kana' && s !== 'hangul') continue;
        weighted.set(s, (weighted.get(s) ?? 0) + 2);
        total += 2;
      }
      const list = words.get(script) ?? [];
      list.push(word);
      words.set(script, list);
      continue;
    }
    add(script, word, word.match(/\p{L}/gu)?.length ?? 0);
  }
  if (names.length > latinKept * 0.7) for (const w of names) add('latin', w, w.match(/\p{L}/gu)?.length ?? 0);
  return { weighted, total, words };
}

/** `zh-Hant` when the Traditional → Simplified conversion changes enough of the Han characters. */
export function chineseScript(text: string): 'zh' | 'zh-Hant' {
  const han = [...text.slice(0, SAMPLE_CHARS)].filter((c) => /\p{Script=Han}/u.test(c)).join('');
  if (han.length === 0) return 'zh';
  const simplified = toSimplifiedChars(han);
  let changed = 0;
  if (simplified.length === han.length) {
    for (let i = 0; i < han.length; i++) if (han[i] !== simplified[i]) changed++;
  } else {
    const out = new Set(simplified);
    for (const c of han) if (!out.has(c)) changed++;
  }
  return changed >= 1 && changed / han.length >= 0.06 ? 'zh-Hant' : 'zh';
}

/** Words in chunks of about CHUNK_CHARS characters; at most MAX_CHUNKS, spread over the text. */
const CHUNK_CHARS = 200;
const MAX_CHUNKS = 4;

function chunks(words: readonly string[]): string[] {
  const out: string[] = [];
  let cur = '';
  for (const w of words) {
    cur = cur ? `${cur} ${w}` : w;
    if (cur.length >= CHUNK_CHARS) {
      out.push(cur);
      cur = '';
    }
  }
  if (cur.length >= CHUNK_CHARS / 4 || out.length === 0) out.push(cur);
  if (out.length <= MAX_CHUNKS) return out;
  const step = out.length / MAX_CHUNKS;
  return Array.from({ length: MAX_CHUNKS }, (_, i) => out[Math.floor(i * step)]!);
}

/**
 * tinyld over chunks of the text, each chunk's top languages voting by its length: one word
 * that tinyld knows as unique to a language ("Europe") cannot decide a whole reply.
 */
function pick(words: readonly string[], only: string[], hint: string | null): string | null {
  const votes = new Map<string, number>();
  for (const chunk of chunks(words)) {
    let ranked: { lang: string; accuracy: number }[];
    try {
      ranked = tinyld().detectAll(chunk, { only });
    } catch {
      continue;
    }
    const top = ranked[0];
    if (!top?.lang) continue;
    const weight = chunk.length;
    for (const r of ranked.slice(0, 3)) {
      if (r.accuracy <= 0) continue;
      votes.set(r.lang, (votes.get(r.lang) ?? 0) + weight * (r.accuracy / top.accuracy) * (r === top ? 1 : 0.5));
    }
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const top = ranked[0];
  if (!top) return null;
  if (hint && hint !== top[0]) {
    const group = RELATED.find((g) => g.includes(hint) && g.includes(top[0]));
    const hinted = votes.get(hint) ?? 0;
    if (group && hinted >= top[1] * 0.6) return hint;
  }
  return primaryTag(top[0]);
}

/**
 * The reply's language (ISO 639-1, or `zh-Hant`), or null when it is too short to tell.
 * `hint` is the asked language: it only settles near ties between related languages.
 */
export function detectReplyLanguage(text: string, hint?: string | null): string | null {
  const prose = proseOnly(text);
  const counts = countScripts(prose);
  if (counts.total < MIN_WEIGHTED_LETTERS) return null;
  const hintPrimary = hint ? (normalizeLanguageTag(hint) ?? '').split('-')[0] || null : null;
  let best: Script | null = null;
  let bestCount = 0;
  for (const [script, n] of counts.weighted) {
    if (script === 'latin' || script === 'other') continue;
    const c = script === 'han' || script === 'kana' ? (counts.weighted.get('han') ?? 0) + (counts.weighted.get('kana') ?? 0) : n;
    if (c > bestCount) {
      best = script === 'kana' ? 'han' : script;
      bestCount = c;
    }
  }
  if (best && bestCount / counts.total >= NON_LATIN_SHARE) {
    if (best === 'han') {
      const kana = counts.weighted.get('kana') ?? 0;
      if (kana >= 2 && kana >= 0.05 * bestCount) return 'ja';
      return chineseScript(text);
    }
    const single = SINGLE_SCRIPT_LANG[best];
    if (single) return single;
    const words = counts.words.get(best) ?? [];
    if (best === 'cyrillic') return byLetters(words.join(' '), CYRILLIC_MARKS) ?? pick(words, CYRILLIC_LANGS, hintPrimary) ?? 'ru';
    if (best === 'arabic') return byLetters(words.join(' '), ARABIC_MARKS) ?? pick(words, ARABIC_LANGS, hintPrimary) ?? 'ar';
    return pick(words, [], hintPrimary);
  }
  if ((counts.weighted.get('latin') ?? 0) < MIN_WEIGHTED_LETTERS) return null;
  return pick(counts.words.get('latin') ?? [], LATIN_LANGS, hintPrimary);
}

/** 'zh-Hant-TW' -> 'zh', 'EN_us' -> 'en', 'fil' kept, junk -> null (a primary subtag only). */
function primaryTag(tag: string): string | null {
  const primary = tag.trim().toLowerCase().split(/[-_\s]/)[0] ?? '';
  if (LANGUAGE_ALIASES[primary]) return LANGUAGE_ALIASES[primary] ?? null;
  if (primary.length === 2 && ISO_639_1.has(primary)) return primary;
  if (KEPT_THREE_LETTER.has(primary)) return primary;
  return null;
}

/**
 * A language tag as a user or a config writes it, normalised: the ISO 639-1 primary subtag,
 * except Chinese: `zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO` -> `zh-Hant`; `zh`, `zh-CN`, `zh-Hans`,
 * `zh-SG` -> `zh`. Null for anything that is not a language tag ("english", "xx", "12").
 */
export function normalizeLanguageTag(tag: string | null | undefined): string | null {
  if (typeof tag !== 'string') return null;
  const t = tag.trim().replace(/_/g, '-');
  if (t.length === 0 || t.length > 35 || !/^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(t)) return null;
  const primary = primaryTag(t);
  if (!primary) return null;
  if (primary === 'zh') {
    const sub = t.toLowerCase().split('-').slice(1);
    if (sub.includes('hant') || sub.includes('tw') || sub.includes('hk') || sub.includes('mo')) return 'zh-Hant';
    return 'zh';
  }
  return primary;
}

const NAMES: Record<string, string> = {
  en: 'English', zh: 'Simplified Chinese', 'zh-Hant': 'Traditional Chinese', ru: 'Russian', fa: 'Persian', ko: 'Korean',
  es: 'Spanish', tr: 'Turkish', ja: 'Japanese', de: 'German', fr: 'French', pt: 'Portuguese', it: 'Italian', vi: 'Vietnamese',
  id: 'Indonesian', ar: 'Arabic', uk: 'Ukrainian', th: 'Thai', pl: 'Polish', nl: 'Dutch', hi: 'Hindi',
};
let displayNames: Intl.DisplayNames | null | undefined;

/** "Russian" for 'ru'; the code itself when the name is unknown. */
export function languageName(code: string): string {
  const known = NAMES[code];
  if (known) return known;
  if (displayNames === undefined) {
    try {
      displayNames = new Intl.DisplayNames(['en'], { type: 'language' });
    } catch {
      displayNames = null;
    }
  }
  try {
    return displayNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The bank language closest to a language the bank lacks, by script and family, for grading
 * a reply written in it: Portuguese, Galician, Catalan, Italian, French and Romanian read with
 * the Spanish terms (Romance cognates: "verificación"/"verificação", "API"), Ukrainian,
 * Belarusian and the other Cyrillic-script languages with the Russian terms, Arabic, Urdu,
 * Pashto and Kurdish with the Persian terms (shared script and loanwords), Azerbaijani,
 * Turkmen and Uzbek with the Turkish terms. Null when there is none (German, Vietnamese…:
 * English only) or the language is in the bank.
 */
const CLOSEST_BANK_LANGUAGE: Record<string, string> = {
  pt: 'es', gl: 'es', ca: 'es', it: 'es', fr: 'es', ro: 'es',
  uk: 'ru', be: 'ru', bg: 'ru', mk: 'ru', sr: 'ru', kk: 'ru', ky: 'ru', tg: 'ru', mn: 'ru',
  ar: 'fa', ur: 'fa', ps: 'fa', ku: 'fa',
  az: 'tr', tk: 'tr', uz: 'tr',
};

export function closestBankLanguage(lang: string | null): string | null {
  if (lang === null) return null;
  return CLOSEST_BANK_LANGUAGE[lang] ?? null;
}

/**
 * Folded text of a reply in `lang` respelled the way its closest bank language writes the
 * same words, where the correspondence is regular: Ukrainian/Belarusian letters as Russian
 * ones (і ї -> и, є -> е, ґ -> г, ў -> у: "ліцензія" -> "лицензия"), Portuguese/Galician
 * suffixes as Spanish ones (-ção/-ções -> -ción/-ciones, -dade -> -dad). Null when nothing
 * changes (the caller then reads the reply as it is).
 */
export function cousinSpelling(folded: string, lang: string | null): string | null {
  let out = folded;
  if (lang === 'uk' || lang === 'be') {
    out = folded.replace(/[іїєґў]/g, (c) => ({ і: 'и', ї: 'и', є: 'е', ґ: 'г', ў: 'у' })[c] ?? c);
  } else if (lang === 'pt' || lang === 'gl') {
    out = folded
      .replace(/ções(?![\p{L}\p{N}])/gu, 'ciones')
      .replace(/ção(?![\p{L}\p{N}])/gu, 'ción')
      .replace(/dade(s?)(?![\p{L}\p{N}])/gu, (_m, s: string) => (s ? 'dades' : 'dad'));
  }
  return out === folded ? null : out;
}
