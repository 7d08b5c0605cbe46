/**
 * The page shell: one self-contained HTML document. Its Content-Security-Policy forbids
 * every fetch (`default-src 'none'`: no fonts, images, frames, connections, forms) and
 * allows exactly one inline <style> and one inline <script>, by their SHA-256 hashes, so
 * nothing an exchange managed to smuggle into the markup could run or phone home.
 */
import { createHash } from 'node:crypto';
import { esc } from './escape.js';

export interface PageParts {
  title: string;
  /** The body's inner HTML, already escaped. */
  body: string;
  css: string;
  script: string;
}

export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export function contentSecurityPolicy(css: string, script: string): string {
  return [
    "default-src 'none'",
    `style-src ${sha256Source(css)}`,
    `script-src ${sha256Source(script)}`,
    "img-src 'none'",
    "font-src 'none'",
    "connect-src 'none'",
    "media-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "worker-src 'none'",
    "manifest-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function page(parts: PageParts): string {
  return [
    '<!doctype html>',
    '<html lang="en" dir="ltr">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${esc(contentSecurityPolicy(parts.css, parts.script))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    '<meta name="color-scheme" content="light dark">',
    '<meta name="generator" content="supportscope">',
    `<title>${esc(parts.title)}</title>`,
    `<style>${parts.css}</style>`,
    '</head>',
    '<body>',
    parts.body,
    `<script>${parts.script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
