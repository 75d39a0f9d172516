// What the commands print about inputs and stored articles: one line each, nothing a terminal runs.

/** A failure's reason without the input's name in front, which the line already gives. */
export function reasonFor(input: string, reason: string): string {
  const r = reason.replace(/[\r\n]+/g, ' ');
  return r.startsWith(`${input}: `) ? r.slice(input.length + 2) : r;
}

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from articles and feeds is untrusted: its control characters (terminal escapes that colour,
 * retitle the window or clear the screen) and bidi overrides never reach the terminal.
 */
export function terminalSafe(s: string): string {
  return s.replace(CONTROL, ' ');
}
