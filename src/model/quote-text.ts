// How a quote reads on its own. A mixed quote's span stops where the quoted words stop, before the
// closing mark ("would meet Mr. Putin “soon."), so shown alone it would leave a mark open.

const OPEN_CLOSE: Array<[string, string]> = [['“', '”'], ['‘', '’']];

/** The quote's text with any quotation mark it opens and does not close closed at the end. */
export function displayText(q: { type: string; text: string }): string {
  if (q.type !== 'mixed') return q.text;
  let out = q.text;
  for (const [open, close] of OPEN_CLOSE) {
    // ’ is also the apostrophe ("Russia’s"), so single marks count only where they open.
    const opened = [...out].filter((c) => c === open).length;
    const closed = open === '‘' ? [...out.matchAll(/’(?![\p{L}])/gu)].length : [...out].filter((c) => c === close).length;
    if (opened > closed) out += close;
  }
  const straight = (out.match(/"/g) ?? []).length;
  return straight % 2 ? `${out}"` : out;
}
