/** Regional and smaller live-chat providers: loaded widgets count, mentions do not. */
import { describe, expect, it } from 'vitest';
import { judgePage } from '../../src/judge/page/index.js';

const page = (body: string) => `<!doctype html><html lang="en"><head><title>Help</title></head><body><p>Help center</p>${body}</body></html>`;
const chat = (body: string) => judgePage({ html: page(body), url: 'https://help.acme.example/' }).chatProviders;

describe('regional live-chat providers', () => {
  it.each([
    ['meiqia', `<script>(function(a,b,c,d,e,j,s){a[d]=a[d]||function(){(a[d].a=a[d].a||[]).push(arguments)};j=b.createElement(c),s=b.getElementsByTagName(c)[0];j.async=true;j.charset='UTF-8';j.src='https://static.meiqia.com/widget/loader.js?v='+Math.floor(new Date().getTime()/86400000);s.parentNode.insertBefore(j,s);})(window,document,'script','_MEIQIA');_MEIQIA('entId','abc');</script>`],
    ['jivochat', `<script src="//code.jivosite.com/widget/AbC123" async></script>`],
    ['jivochat', `<script src="//code.jivo.ru/widget/Xk3pQ9sTzR" async></script>`],
    ['goftino', `<script>!function(){var i="Xy7Kq2",d=document;function g(){var g=d.createElement("script"),s="https://www.goftino.com/widget/"+i;g.async=!0,g.src=s;d.getElementsByTagName("head")[0].appendChild(g);}g();}();</script>`],
    ['tidio', `<script src="//code.tidio.co/abcdefghijklmnopqrstuvwxyz123456.js" async></script>`],
    ['smartsupp', `<script>var _smartsupp = _smartsupp || {}; _smartsupp.key = 'k'; window.smartsupp||(function(d){var s,c,o=smartsupp=function(){o._.push(arguments)};o._=[];s=d.getElementsByTagName('script')[0];c=d.createElement('script');c.type='text/javascript';c.charset='utf-8';c.async=true;c.src='https://www.smartsuppchat.com/loader.js?';s.parentNode.insertBefore(c,s);})(document);</script>`],
    ['chatwoot', `<script>(function(d,t){var BASE_URL="https://app.chatwoot.com";var g=d.createElement(t),s=d.getElementsByTagName(t)[0];g.src=BASE_URL+"/packs/js/sdk.js";g.defer=true;g.async=true;s.parentNode.insertBefore(g,s);g.onload=function(){window.chatwootSDK.run({websiteToken:'x',baseUrl:BASE_URL})}})(document,"script");</script>`],
  ])('%s is detected when its widget is loaded', (id, snippet) => {
    expect(chat(snippet)).toContain(id);
  });

  it('a mention, a link or a JSON setting is not a widget', () => {
    expect(chat(`<p>We use MeiQia (static.meiqia.com/widget/loader.js) and JivoChat.</p><a href="https://www.jivochat.com/">Jivo</a>`)).toEqual([]);
    expect(chat(`<script type="application/json">{"chat":"https://code.tidio.co/abc.js"}</script>`)).toEqual([]);
  });
});
