// One entry point per output format.
import type { Briefing } from '../model.ts';
import type { RenderOptions } from './common.ts';
import { renderEmailHtml } from './email.ts';
import { renderPage } from './html.ts';
import { renderMarkdown } from './markdown.ts';
import { renderText } from './text.ts';

export type Format = 'html' | 'email' | 'md' | 'text' | 'json';
export const FORMATS: Format[] = ['html', 'email', 'md', 'text', 'json'];

export function render(b: Briefing, format: Format, o: RenderOptions): string {
  switch (format) {
    case 'html':
      return renderPage(b, o);
    case 'email':
      return renderEmailHtml(b, o);
    case 'md':
      return renderMarkdown(b, o);
    case 'text':
      return renderText(b, o);
    case 'json':
      return `${JSON.stringify(b, null, 2)}\n`;
  }
}

export type { RenderOptions } from './common.ts';
