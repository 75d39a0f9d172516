// HTML built from tagged templates: every interpolated value is escaped unless it is already Html
// (the output of another template or of a helper here). Article text is hostile, so nothing reaches
// a page without passing through escapeHtml or escapeAttr.

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type Interp = Html | string | number | boolean | null | undefined | Interp[];

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'`]/g, (c) => ESC[c]);
}

function render(v: Interp): string {
  if (v === null || v === undefined || v === false) return '';
  if (v instanceof Html) return v.value;
  if (Array.isArray(v)) return v.map(render).join('');
  return escapeHtml(String(v));
}

export function html(strings: TemplateStringsArray, ...values: Interp[]): Html {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new Html(out);
}

/** Trusted markup produced by our own code (never by article text). */
export function raw(s: string): Html {
  return new Html(s);
}

/** Only http(s) and site-relative links survive; javascript:, data: and the rest become "#". */
export function safeUrl(u: string | null | undefined): string {
  if (!u) return '#';
  const s = u.trim();
  if (/^\/(?!\/)/.test(s)) return s;
  try {
    const p = new URL(s);
    return p.protocol === 'http:' || p.protocol === 'https:' ? p.href : '#';
  } catch {
    return '#';
  }
}

/** JSON for a <script type="application/json"> block: `<` is escaped so no text can close the element. */
export function jsonScript(id: string, data: unknown): Html {
  const body = JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return new Html(`<script type="application/json" id="${escapeHtml(id)}">${body}</script>`);
}

/** Builds a query string from the defined values, for links that keep the current filters. */
export function qs(params: Record<string, string | number | null | undefined>): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') u.set(k, String(v));
  const s = u.toString();
  return s ? `?${s}` : '';
}
