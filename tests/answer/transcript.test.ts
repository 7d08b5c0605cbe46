/** Chat transcripts: only support's lines are its answer. */
import { describe, expect, it } from 'vitest';
import { detectAutoAck } from '../../src/judge/answer/autoAck.js';
import { gradeReply } from '../../src/judge/answer/grade.js';
import { detectRedFlags } from '../../src/judge/answer/redFlags.js';
import { agentLinesOfTranscript } from '../../src/judge/answer/transcript.js';

const lines = (t: string) => t.split('\n');

describe('agentLinesOfTranscript', () => {
  it.each([
    ['en', 'You: My USDT withdrawal is pending\nAgent: Sorry to hear that.\nAgent: Please share the TxID.', ['Sorry to hear that.', 'Please share the TxID.']],
    ['timestamps and names', '[10:31] Customer: hi\n[10:32] Anna (Support): Hello! Go to Profile → Security.\nwhere you can enable 2FA.', ['Hello! Go to Profile → Security.', 'where you can enable 2FA.']],
    ['zh', '用户：提现一直没到账\n客服小美：您好，请提供交易哈希。', ['您好，请提供交易哈希。']],
    ['ru', 'Вы: не приходит вывод\nОператор: Здравствуйте! Проверьте сеть перевода.', ['Здравствуйте! Проверьте сеть перевода.']],
    ['ko', '고객: 2FA 기기를 잃어버렸어요\n상담원: 본인 인증 후 재설정 신청이 가능합니다.', ['본인 인증 후 재설정 신청이 가능합니다.']],
    ['a line "words:" inside support\'s message is kept whole', 'You: how?\nAgent: Here is how.\nTo enable 2FA: open Security.', ['Here is how.', 'To enable 2FA: open Security.']],
  ])('%s', (_n, text, want) => {
    expect(agentLinesOfTranscript(lines(text))).toEqual(want);
  });

  it.each([
    ['a reply with "Note:" lines', 'Hello,\nNote: fees differ by network.\nStep 1: open Wallet.'],
    ['only one speaker', 'Agent: Hello\nAgent: Please wait'],
  ])('is not a transcript: %s', (_n, text) => {
    expect(agentLinesOfTranscript(lines(text))).toBeNull();
  });
});

describe('judging a transcript', () => {
  it('a seed phrase the customer mentioned is not support asking for it', () => {
    const t = 'You: Should I send you my seed phrase?\nAgent: No. Never share your seed phrase with anyone, including us.';
    expect(detectRedFlags(t, { officialDomains: [] })).toEqual([]);
  });

  it('support asking for it in a transcript is flagged', () => {
    const t = 'You: I lost my 2FA device\nAgent: Please send us your 12-word recovery phrase to verify you.';
    expect(detectRedFlags(t, { officialDomains: [] }).map((h) => h.kind)).toEqual(['asks-for-seed-phrase']);
  });

  it('an acknowledgement in chat is still an acknowledgement', () => {
    const t = 'Agent: Merhaba!\nSiz: Çekim ücreti ne kadar? TRC20 mi ERC20 mi daha ucuz?\nAgent: Talebiniz alındı. Talep numaranız: #TR-88213. Ekibimiz en kısa sürede size dönüş yapacaktır.';
    expect(detectAutoAck(t).autoAck).toBe(true);
  });

  it("the customer's words earn no concept", () => {
    const t = 'You: Does the fee differ by network, TRC20 vs ERC20? Is there a minimum withdrawal?\nAgent: Let me check that for you.';
    const g = gradeReply({ question: 'withdrawal-fee', reply: t, lang: 'en' });
    expect(g.covered).toEqual([]);
  });
});

describe('template placeholders left unrendered', () => {
  it.each(['We have received your request ({{ticket.id}}).', 'Hello {{ user.name }}, your case is open.', 'Dear ${customer.first_name},'])('%s names no domain', (t) => {
    expect(detectRedFlags(t, { officialDomains: ['aurora-exchange.example'] })).toEqual([]);
  });
  it('a real look-alike domain next to one is still flagged', () => {
    const t = 'Hello {{user.name}}, please log in at aurora-exchange-verify.com to unlock your account.';
    expect(detectRedFlags(t, { officialDomains: ['aurora-exchange.example'] }).map((h) => h.kind)).toEqual(['non-official-domain']);
  });
});
