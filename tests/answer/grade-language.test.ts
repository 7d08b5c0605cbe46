/** Reply language detection and language-tag normalisation. */
import { describe, expect, it } from 'vitest';
import { chineseScript, detectReplyLanguage, languageName, normalizeLanguageTag } from '../../src/judge/answer/replyLanguage.js';

describe('detectReplyLanguage', () => {
  it.each([
    ['en', 'To turn on two-factor authentication, open your profile and choose the authenticator app, then scan the code.'],
    ['zh', '您好，请在个人中心的安全设置中开启谷歌验证，并妥善保管备份密钥。'],
    ['zh-Hant', '您好，請在個人中心的安全設定中開啟谷歌驗證，並妥善保管備份金鑰。'],
    ['ru', 'Здравствуйте! Откройте настройки безопасности и включите приложение-аутентификатор.'],
    ['fa', 'سلام، برای فعال‌سازی ورود دو مرحله‌ای به تنظیمات امنیتی بروید و برنامه را نصب کنید.'],
    ['ko', '안녕하세요. 보안 설정에서 구글 OTP를 등록하시고 백업 키를 꼭 보관해 주세요.'],
    ['es', 'Hola, para activar la autenticación de dos factores vaya a su perfil y escanee el código con la aplicación.'],
    ['tr', 'Merhaba, iki faktörlü doğrulamayı açmak için güvenlik ayarlarına gidin ve uygulamayı bağlayın.'],
    ['ja', 'お問い合わせありがとうございます。セキュリティ設定から認証アプリを登録してください。'],
    ['vi', 'Xin chào, để bật xác thực hai yếu tố, vui lòng vào phần bảo mật và quét mã bằng ứng dụng.'],
    ['de', 'Hallo, um die Zwei-Faktor-Authentifizierung zu aktivieren, öffnen Sie bitte die Sicherheitseinstellungen.'],
  ])('detects %s', (lang, text) => {
    expect(detectReplyLanguage(text)).toBe(lang);
  });

  it('ignores English product names, URLs, acronyms and numbers inside another language', () => {
    expect(detectReplyLanguage('Перейдите в Settings → Security и включите Google Authenticator, затем сохраните ключ. https://www.aurora-exchange.example/security USDT TRC20 2FA')).toBe('ru');
    expect(detectReplyLanguage('Hallo ja. Die Aurora Exchange Europe GmbH ist als Anbieter zugelassen und die Lizenz gilt auch in Deutschland.')).toBe('de');
    expect(detectReplyLanguage('1. Profile > Security 메뉴로 이동해 주세요. 2. Google Authenticator 항목에서 연결을 누르세요.')).toBe('ko');
  });

  it('returns null when there is too little text', () => {
    expect(detectReplyLanguage('Thanks!')).toBeNull();
    expect(detectReplyLanguage('谢谢')).toBeNull();
    expect(detectReplyLanguage('https://aurora-exchange.example 12345 #A-1')).toBeNull();
    expect(detectReplyLanguage('')).toBeNull();
  });

  it('tells Traditional from Simplified by conversion', () => {
    expect(chineseScript('這是繁體中文的回覆')).toBe('zh-Hant');
    expect(chineseScript('这是简体中文的回复')).toBe('zh');
    expect(chineseScript('人口中心')).toBe('zh'); // the same in both scripts
  });

  it('is deterministic', () => {
    const t = 'Para activar la autenticación de dos factores vaya a Perfil y escanee el código.';
    expect(detectReplyLanguage(t)).toBe(detectReplyLanguage(t));
  });
});

describe('normalizeLanguageTag', () => {
  it.each([
    ['en', 'en'], ['EN-us', 'en'], ['zh', 'zh'], ['zh-CN', 'zh'], ['zh-Hans', 'zh'], ['zh-TW', 'zh-Hant'], ['zh-Hant', 'zh-Hant'],
    ['zh_HK', 'zh-Hant'], ['pt-BR', 'pt'], ['fa-IR', 'fa'], ['de', 'de'], ['vi', 'vi'],
  ])('%s -> %s', (tag, want) => expect(normalizeLanguageTag(tag)).toBe(want));

  it.each(['english', 'xx', '12', '', 'e', 'en--', 'zh-'])('rejects %j', (tag) => expect(normalizeLanguageTag(tag)).toBeNull());

  it('names languages', () => {
    expect(languageName('ru')).toBe('Russian');
    expect(languageName('zh-Hant')).toBe('Traditional Chinese');
    expect(languageName('sw')).toBe('Swahili');
  });
});
