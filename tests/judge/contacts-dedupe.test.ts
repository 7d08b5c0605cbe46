/** Rules added after the hold-out pages: one phone per number, dial words, form links, case-insensitive social names, FAQ toggles. */
import { describe, expect, it } from 'vitest';
import { judge, page } from './page-helpers.js';

describe('phones', () => {
  it.each([
    ['<a href="tel:+442079460123">020 7946 0123</a> phone', ['+442079460123']],
    ['Call us: <a href="tel:+1-800-555-0199">1-800-555-0199</a>', ['+18005550199']],
    ['تلفن: <a href="tel:+982191012345">۰۲۱-۹۱۰۱۲۳۴۵</a>', ['+982191012345']],
    ['Phone: 020 7946 0123. International phone: +44 20 7946 0999', ['02079460123', '+442079460999']],
  ])('%s', (body, want) => {
    expect(judge(page(body)).contacts.phones.sort()).toEqual([...want].sort());
  });

  it('reads 拨打 and 致电 as phone words', () => {
    expect(judge(page('<p>海外用户请拨打：+86 21 6123 4567</p><p>或致电 400-820-1234</p>', { lang: 'zh-CN' })).contacts.phones.sort()).toEqual(['+862161234567', '4008201234']);
  });
});

describe('ticket forms', () => {
  it.each([
    ['<a href="/contact/form.php">線上客服表單</a>', true],
    ['<a href="/help/x">联系表单</a>', true],
    ['<a href="/support/request">Send</a>', true],
    ['<a href="/about/form-factor">Form factor</a>', false],
  ])('%s -> %s', (body, want) => {
    expect(judge(page(body)).contacts.ticketForm).toBe(want);
  });
});

describe('social names that ignore case', () => {
  it('counts one subreddit, YouTube handle and Facebook page, whatever the case; keeps channel ids', () => {
    const facts = judge(
      page(
        `<a href="https://www.reddit.com/r/KestrelX/">r</a><a href="https://reddit.com/r/kestrelx">r</a>
         <a href="https://www.youtube.com/@KestrelX">y</a><a href="https://youtube.com/@kestrelx/videos">y</a>
         <a href="https://www.youtube.com/channel/UCaBcD123">c</a><a href="https://youtu.be/dQw4w9WgXcQ">video</a>
         <a href="https://www.facebook.com/KestrelX">f</a><a href="https://facebook.com/kestrelx/">f</a>`,
      ),
    );
    expect(facts.contacts.social.reddit).toEqual(['https://reddit.com/r/kestrelx']);
    expect(facts.contacts.social.youtube).toEqual(['https://youtube.com/@kestrelx', 'https://youtube.com/channel/UCaBcD123']);
    expect(facts.contacts.social.facebook).toEqual(['https://facebook.com/kestrelx']);
  });
});

describe('topics from FAQ tables and in-page toggles', () => {
  it('reads table headers and #-toggles, not the site chrome', () => {
    const facts = judge(
      page(
        `<header><nav><a href="#">API</a></nav></header>
         <table><tr><th>출금</th><td><a href="#faq1">출금이 지연될 때는?</a></td></tr></table>
         <button aria-expanded="false" aria-controls="a2">How do I enable 2FA?</button>`,
      ),
    );
    expect(facts.topics).toContain('withdrawal');
    expect(facts.topics).toContain('security');
    expect(facts.topics).not.toContain('api');
  });
});
