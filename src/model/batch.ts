// The contract's batch line: { id, text | html, url?, published?, title?, publisher?, authors? }.
// Read by `analyze --jsonl` and by `ingest` of .jsonl files.
import { z } from 'zod';

export const BatchLine = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string().optional(),
  html: z.string().optional(),
  url: z.string().nullable().optional(),
  published: z.string().nullable().optional(),
  title: z.string().nullable().optional(),
  publisher: z.string().nullable().optional(),
  authors: z.array(z.string()).optional(),
});
export type BatchLine = z.infer<typeof BatchLine>;

/** The first problem with a line, in a few words: "bad line: text Invalid input ...". */
export function batchLineProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  return `bad line: ${issue.path.join('.') || '(root)'} ${issue.message}`;
}
