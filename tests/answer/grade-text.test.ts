/** The grader's text preparation: HTML, quoted e-mail history, signatures, folding, Chinese scripts. */
import { describe, expect, it } from 'vitest';
import { MAX_REPLY_TEXT_CHARS, replyText } from '../../src/judge/answer/replyText.js';

describe('replyText', () => {
  it('turns HTML into lines, numbers <ol> items and keeps link targets', () => {
    const r = replyText(
      '<html><head><style>p{color:red}</style></head><body><p>Hi,</p><ol><li>Open <b>Profile</b></li><li>Click <a href="https://www.aurora-exchange.example/security">here</a></li></ol><script>alert(1)</script></body></html>',
    );
    expect(r.html).toBe(true);
    expect(r.body).toContain('1. Open Profile');
    expect(r.body).toContain('2. Click here <https://www.aurora-exchange.example/security>');
    expect(r.body).not.toContain('alert');
    expect(r.body).not.toContain('color:red');
  });

  it('drops <blockquote> and Gmail quote containers', () => {
    const r = replyText(
      '<div>Use your backup code.</div><div class="gmail_quote">On Mon, 3 Nov 2025, Alex wrote:<blockquote>how do I reset my seed phrase?</blockquote></div>',
    );
    expect(r.body).toBe('Use your backup code.');
    expect(r.quoteRemoved).toBe(true);
  });

  it('cuts plain-text history at "On … wrote:" (wrapped over two lines) and drops "> " lines', () => {
    const r = replyText('Please check the TxID.\n\nOn Tue, Nov 4, 2025 at 9:12 AM Sam <sam@\nexample.org> wrote:\n> my withdrawal is pending\n> and the fee?');
    expect(r.body).toBe('Please check the TxID.');
    expect(r.quoteRemoved).toBe(true);
  });

  it.each([
    ['Russian', 'Проверьте статус вывода.\n\nВ пт, 7 нояб. 2025 г. в 10:00, Иван <ivan@example.org> написал:\nмой вывод завис'],
    ['Chinese', '请在提币记录中查看TxID。\n\n在 2025年11月7日 10:00，张三 <z@example.org> 写道：\n我的提币还没到'],
    ['Spanish', 'Revise el estado del retiro.\n\nEl vie, 7 nov 2025 a las 10:00, Ana (<ana@example.org>) escribió:\nmi retiro está pendiente'],
    ['Turkish', 'Çekim durumunu kontrol edin.\n\nAli <ali@example.org>, 7 Kas 2025 Cum, 10:00 tarihinde şunu yazdı:\nçekimim bekliyor'],
    ['Outlook', 'Check the status.\n\n________________________________\nFrom: Sam <sam@example.org>\nSent: Friday, November 7, 2025 10:00\nTo: support@aurora-exchange.example\nSubject: pending\n\nmy withdrawal'],
    ['separator', 'Check the status.\n\n-----Original Message-----\nmy withdrawal is pending'],
  ])('cuts %s quoted history', (_name, text) => {
    const r = replyText(text);
    expect(r.quoteRemoved).toBe(true);
    expect(r.body.split('\n')).toHaveLength(1);
  });

  it('keeps a single ">" line that is not a quote block, and settings paths with ">"', () => {
    const r = replyText('Go to Settings > Security.\n> one line\nThen scan the code.');
    expect(r.body).toContain('Settings > Security');
    expect(r.body).toContain('> one line');
  });

  it('removes the signature ("-- " or a closing line) from the body but keeps it in agentText', () => {
    const a = replyText('Use the reset form.\n\nThanks,\nPriya\n--\nAurora Support | https://aurora-exchange.example\nWe never ask for your password.');
    expect(a.body).toBe('Use the reset form.');
    expect(a.signatureRemoved).toBe(true);
    expect(a.agentText).toContain('We never ask for your password.');
    const b = replyText('Проверьте статус.\n\nС уважением,\nСлужба поддержки');
    expect(b.body).toBe('Проверьте статус.');
    const c = replyText('请查看提币记录。\n\n谢谢！');
    expect(c.body).toBe('请查看提币记录。');
  });

  it('does not treat an opening "Thank you" line as a signature when the answer follows', () => {
    const r = replyText('Thank you\nGo to Profile → Security and enable the authenticator app.\nThen save the backup key.\nYou can also add a passkey.\nSMS is weaker.\nLast line here.\nAnother.\nAnd more.');
    expect(r.body).toContain('Profile → Security');
  });

  it('folds text and converts Traditional Chinese to Simplified (characters and Taiwan phrases)', () => {
    const r = replyText('請至「會員中心」>「安全設定」綁定 Google 驗證器');
    expect(r.folded).toContain('google');
    expect(r.hans).toContain('安全设定');
    expect(r.hans).toContain('安全设置'); // the twp phrase variant
    expect(r.compactHans).toContain('绑定google验证器');
    const s = replyText('请到安全设置');
    expect(s.hans).toBe(s.folded);
  });

  it('Korean compact variant ignores spaces', () => {
    const r = replyText('보안 설정 에서 OTP 를 등록하세요');
    expect(r.compact).toContain('보안설정에서otp를');
  });

  it('strips control characters and bounds a huge reply', () => {
    const r = replyText(`Hello\u0000\u0007 there\u001b[31m ${'word '.repeat(300_000)}`);
    expect(r.body).not.toMatch(/[\u0000-\u0008\u001b]/);
    expect(r.truncated).toBe(true);
    expect(r.body.length).toBeLessThanOrEqual(MAX_REPLY_TEXT_CHARS);
  });

  it('handles non-strings and empty input', () => {
    expect(replyText('').body).toBe('');
    expect(replyText(undefined as unknown as string).body).toBe('');
    expect(replyText('   \n\t ').body).toBe('');
  });

  it('survives deeply nested HTML', () => {
    const html = `${'<div>'.repeat(100_000)}deep answer${'</div>'.repeat(100_000)}`;
    const t = performance.now();
    const r = replyText(html);
    expect(r.body).toContain('deep answer');
    expect(performance.now() - t).toBeLessThan(5000);
  });
});
