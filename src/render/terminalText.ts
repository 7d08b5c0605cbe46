/**
 * Makes untrusted text safe for a terminal: removes C0/C1 control characters
 * (escape sequences can rewrite the screen or the clipboard) and bidirectional
 * overrides (which can make text read differently than it is).
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function terminalText(s: string): string {
  return s.replace(CONTROL, '').replace(/[\t\n]+/g, ' ');
}
