/**
 * Whether the page offers a search box over the help center.
 *
 * Why it matters (self_service): a help center users can search by keyword is one
 * they can solve things with; the search probe later queries it. A search is a
 * form (or a role="search" region) with a search field: input type=search, a
 * Zendesk /hc/<l>/search or Freshdesk /support/search action, or a query|q|term|
 * keyword|search field that can be submitted. A newsletter sign-up (one e-mail
 * field and a "Subscribe" button) is not a search.
 */
import type { Element } from 'domhandler';
import type { LoadedPage } from './document.js';
import { attributeIs, hasAncestor } from './document.js';
import { foldForMatch } from './normalize.js';
import { resolveHttpUrl } from './site.js';
import { isElement } from './visible-text.js';

const MAX_FORMS = 200;
const MAX_INPUTS_PER_FORM = 100;
const INERT = new Set(['template', 'noscript']);

/** Field names search forms use. */
const SEARCH_FIELD_NAMES = new Set(['query', 'q', 'term', 'keyword', 'keywords', 'search', 'searchterm', 'search_term', 'search-term', 'searchtext', 's', 'kw', 'k']);
/** Form actions that are search endpoints. */
const SEARCH_ACTION = /\/(?:hc\/(?:[a-z]{2,3}(?:-[a-z0-9]{2,8})?\/)?search|support\/search|search|global-search|s\/global-search|kb\/search|portal\/[a-z-]+\/search)(?:\/|$|\?)/i;
/** Words for "search" in a placeholder, label or button (folded). */
const SEARCH_WORDS = /search|搜索|搜尋|檢索|查找|поиск|найти|искать|جستجو|جست و جو|بحث|검색|buscar|búsqueda|busca|pesquisar|検索|suche|recherch|(?<!\p{L})(?:ara|arama|tìm)(?!\p{L})/u;
/** Marks of a newsletter / mailing-list sign-up. */
const NEWSLETTER = /newsletter|subscribe|subscription|mailchimp|mc-embedded|mailing|mailerlite|sendinblue|klaviyo|sign-?up-form|email-signup|订阅|訂閱|подпис|рассылк|خبرنامه|عضویت در خبرنامه|구독|뉴스레터|suscrib|boletín|bülten|abone|購読|メルマガ/i;

/** The lower-cased identifying attributes of an element (for marks like "newsletter"). */
export function marksOf(el: Element): string {
  const a = el.attribs;
  return `${a['id'] ?? ''} ${a['class'] ?? ''} ${a['name'] ?? ''} ${a['action'] ?? ''} ${a['aria-label'] ?? ''} ${a['data-form-type'] ?? ''}`.toLowerCase();
}

export interface FormFields {
  inputs: Element[];
  textareas: number;
  /** Fields a person types into (text-like inputs and textareas). */
  typed: number;
  emailFields: number;
  hasSubmit: boolean;
  /** Folded text of buttons and submit values. */
  buttonText: string;
}

const TYPED_INPUT = /^(?:|text|search|email|tel|url|number)$/;

/** What a form holds, bounded. */
export function formFields(page: LoadedPage, form: Element): FormFields {
  const { $ } = page;
  const inputs = $(form).find('input').toArray().slice(0, MAX_INPUTS_PER_FORM);
  const textareas = $(form).find('textarea').length;
  let typed = textareas;
  let emailFields = 0;
  let hasSubmit = false;
  const buttons: string[] = [];
  for (const i of inputs) {
    const type = (i.attribs['type'] ?? '').trim().toLowerCase();
    if (TYPED_INPUT.test(type)) typed++;
    const id = `${i.attribs['name'] ?? ''} ${i.attribs['id'] ?? ''} ${i.attribs['autocomplete'] ?? ''}`.toLowerCase();
    if (type === 'email' || /\bemail\b|e-mail|requester/.test(id)) emailFields++;
    if (type === 'submit' || type === 'image') {
      hasSubmit = true;
      buttons.push(i.attribs['value'] ?? '');
    }
  }
  for (const b of $(form).find('button').toArray().slice(0, MAX_INPUTS_PER_FORM)) {
    const type = (b.attribs['type'] ?? 'submit').trim().toLowerCase();
    if (type === 'submit') hasSubmit = true;
    buttons.push(`${$(b).text().slice(0, 200)} ${b.attribs['aria-label'] ?? ''}`);
  }
  return { inputs, textareas, typed, emailFields, hasSubmit, buttonText: foldForMatch(buttons.join(' ')) };
}

/** A newsletter / mailing-list sign-up form: marked as one, or just an e-mail field and a button. */
export function isNewsletterForm(page: LoadedPage, form: Element, fields = formFields(page, form)): boolean {
  if (NEWSLETTER.test(marksOf(form)) || NEWSLETTER.test(fields.buttonText)) return true;
  const parent = form.parent && isElement(form.parent) ? form.parent : null;
  if (parent && NEWSLETTER.test(marksOf(parent))) return true;
  return fields.textareas === 0 && fields.emailFields > 0 && fields.typed <= 2;
}

function fieldLooksLikeSearch(i: Element): boolean {
  const a = i.attribs;
  const type = (a['type'] ?? '').trim().toLowerCase();
  if (type === 'search') return true;
  if (!/^(?:|text)$/.test(type)) return false;
  const raw = (a['name'] ?? '').trim().toLowerCase();
  const name = /\[([\w-]+)\]$/.exec(raw)?.[1] ?? raw; // search[query] -> query
  const hint = foldForMatch(`${a['placeholder'] ?? ''} ${a['aria-label'] ?? ''} ${a['title'] ?? ''} ${a['id'] ?? ''}`);
  return SEARCH_FIELD_NAMES.has(name) || SEARCH_WORDS.test(hint);
}

/** A search form: not a newsletter, with a search field it can submit. */
export function isSearchForm(page: LoadedPage, form: Element, fields = formFields(page, form)): boolean {
  if (isNewsletterForm(page, form, fields)) return false;
  if (fields.textareas > 0) return false;
  const action = resolveHttpUrl(form.attribs['action'], page.base);
  const searchAction = action !== null && SEARCH_ACTION.test(action.pathname);
  const role = (form.attribs['role'] ?? '').toLowerCase() === 'search';
  const explicit = fields.inputs.some((i) => (i.attribs['type'] ?? '').toLowerCase() === 'search');
  const named = fields.inputs.filter(fieldLooksLikeSearch);
  if (named.length === 0) {
    // A search endpoint's form with any text field is a search box, whatever the field is called.
    return searchAction && fields.inputs.some((i) => /^(?:|text)$/.test((i.attribs['type'] ?? '').trim().toLowerCase()));
  }
  // Typing Enter submits a form with one text field, so a lone search-named field is submittable too.
  const submittable = fields.hasSubmit || fields.typed === 1 || SEARCH_WORDS.test(fields.buttonText);
  return explicit || role || searchAction || submittable;
}

/** The page has a search box (a search form, a role="search" region with a field, or an input type=search outside a newsletter form). */
export function hasSearch(page: LoadedPage): boolean {
  const { $ } = page;
  for (const form of page.elementsNamed('form').slice(0, MAX_FORMS)) {
    if (hasAncestor(form, INERT)) continue;
    if (isSearchForm(page, form)) return true;
  }
  for (const region of page.elements().filter((el) => el.attribs['role'] === 'search').slice(0, MAX_FORMS)) {
    if (hasAncestor(region, INERT)) continue;
    if ($(region).find('input').toArray().some(fieldLooksLikeSearch)) return true;
  }
  for (const input of page.elementsNamed('input').filter((el) => attributeIs(el, 'type', 'search')).slice(0, MAX_FORMS)) {
    if (hasAncestor(input, INERT)) continue;
    const form = $(input).closest('form').get(0);
    if (!form || !isElement(form) || !isNewsletterForm(page, form)) return true;
  }
  return false;
}
