/**
 * A saved chat transcript ("Agent: … / You: …") reduced to what support said.
 *
 * Why it matters (knowledge, security, responsiveness): `grade` is for people who chatted
 * with support and saved the conversation, and chat widgets export it with a speaker label
 * per line. The customer's own lines repeat the rubric's words ("TRC20 or ERC20?") and may
 * mention a seed phrase; only support's lines are its answer. A text is a transcript when
 * at least two lines start with a speaker label, one of them the customer's (You, Customer,
 * 用户, Вы, شما, 고객, Müşteri, お客様, Cliente…) and one someone else's (an agent's name or
 * role, or a bot). Customer lines and the unlabelled lines that continue them are dropped;
 * support's lines keep their words without the label. Anything else is left as it is.
 */

/** Labels of the customer's side, folded to lower case (the label before ':' is compared whole). */
const CUSTOMER_LABELS = new Set([
  'you', 'me', 'customer', 'client', 'user', 'visitor', 'guest', 'member',
  '用户', '用戶', '客户', '客戶', '访客', '訪客', '我', '顾客', '顧客', '会员', '會員',
  'вы', 'я', 'клиент', 'пользователь', 'посетитель', 'гость',
  'شما', 'من', 'کاربر', 'مشتری', 'بازدیدکننده',
  '고객', '나', '방문자', '회원', '고객님',
  'siz', 'ben', 'müşteri', 'kullanıcı', 'ziyaretçi',
  'お客様', '私', 'ユーザー', '訪問者', 'お客さま',
  'tú', 'tu', 'yo', 'usted', 'cliente', 'usuario', 'visitante',
  'você', 'utilisateur', 'vous', 'kunde', 'sie', 'ich',
]);

/** "[10:32] Agent:", "10:32 - Anna (Support):", "Вы:", "客服小美：" — a short label, then ':' and text. */
const LABELLED = /^\s*(?:\[[^\]\n]{1,25}\]\s*|\(?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\)?\s*[-–—]?\s*)?([^\s:：][^:：\n]{0,29}?)\s*[:：]\s*(.*)$/iu;
/** A label is a few words, not a sentence ("Note", "Anna (Support)", "Support bot"). */
const MAX_LABEL_WORDS = 4;
/** Labels that introduce content, not a speaker ("Note:", "Step 1:", "URL:"). */
const NOT_SPEAKERS = /^(?:note|notes|step\s*\d*|tip|warning|important|example|e\.g|url|link|subject|re|fw|fwd|ps|p\.s|q|a|faq|answer|question|time|date|status|ticket|case|order|txid|hash|address|network|amount|fee|id|примечание|важно|шаг\s*\d*|注意|提示|步骤\s*\d*|注|참고|주의|단계\s*\d*|not|önemli|adım\s*\d*|注意事項|手順\s*\d*|nota|paso\s*\d*|importante|نکته|توجه|مرحله\s*\d*)$/iu;

/** Support's side by role ("Agent", "Anna (Support)", "客服小美", "Оператор", "상담원"). */
const AGENT_ROLE = /agent|support|operator|bot|assistant|advisor|specialist|team|staff|客服|专员|專員|助手|机器人|機器人|оператор|поддержк|специалист|консультант|бот|پشتیبان|کارشناس|اپراتور|상담원|상담사|매니저|챗봇|destek|temsilci|asistan|担当|サポート|オペレーター|soporte|agente|asesor|asistente|équipe|conseiller|berater/iu;

interface Labelled {
  label: string;
  text: string;
}

function labelOf(line: string): Labelled | null {
  const m = LABELLED.exec(line);
  if (!m) return null;
  const label = (m[1] ?? '').trim();
  if (label === '' || /^https?$/i.test(label) || /^\d+$/.test(label)) return null;
  if (label.split(/\s+/).length > MAX_LABEL_WORDS || NOT_SPEAKERS.test(label)) return null;
  return { label, text: m[2] ?? '' };
}

function isCustomer(label: string): boolean {
  const l = label.toLowerCase().replace(/\s*\(.*\)\s*$/, '').trim();
  return CUSTOMER_LABELS.has(l);
}

/** Support's lines of a transcript, or null when the lines are not a transcript. */
export function agentLinesOfTranscript(lines: readonly string[]): string[] | null {
  const labels = lines.map(labelOf);
  let customer = 0;
  let other = 0;
  for (const l of labels) {
    if (!l) continue;
    if (isCustomer(l.label)) customer++;
    else other++;
  }
  if (customer === 0 || other === 0 || customer + other < 2) return null;
  // A label seen on two lines, or a support role, is a speaker: its label goes. Any other
  // "words:" line inside support's message ("To enable 2FA: …") is kept whole.
  const seen = new Map<string, number>();
  for (const l of labels) if (l) seen.set(l.label.toLowerCase(), (seen.get(l.label.toLowerCase()) ?? 0) + 1);
  const out: string[] = [];
  let speakerIsCustomer = false;
  for (let i = 0; i < lines.length; i++) {
    const l = labels[i];
    if (l) {
      const customerLine = isCustomer(l.label);
      const speaker = customerLine || (seen.get(l.label.toLowerCase()) ?? 0) >= 2 || AGENT_ROLE.test(l.label);
      if (!speaker) {
        if (!speakerIsCustomer) out.push(lines[i] ?? '');
        continue;
      }
      speakerIsCustomer = customerLine;
      if (!speakerIsCustomer) out.push(l.text);
      continue;
    }
    if (!speakerIsCustomer) out.push(lines[i] ?? '');
  }
  return out;
}
