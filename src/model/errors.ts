// Errors a user can act on. The CLI prints `message` on one line and exits with `exitCode`;
// anything else is a bug and is reported as such.

export class InputError extends Error {
  /** 2: the input or the usage is wrong; 1: the world failed (network, disk). */
  readonly exitCode: 1 | 2;
  constructor(message: string, exitCode: 1 | 2 = 2) {
    super(message);
    this.name = 'InputError';
    this.exitCode = exitCode;
  }
}

export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError;
}

/** What was thrown, as an Error (a batch keeps one per failed item). */
export function asError(e: unknown): Error {
  return e instanceof Error ? e : new Error(String(e));
}

/** One line, no stack: for messages about a single input inside a batch. */
export function oneLine(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg.replace(/\s+/g, ' ').trim();
}
