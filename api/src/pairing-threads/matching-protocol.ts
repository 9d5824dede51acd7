import type { MatchingInput, MatchingOutput } from '../app/matching-compute';
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  UnauthenticatedError,
} from '../domain/errors';

export interface MatchingRequest {
  readonly id: number;
  readonly input: MatchingInput;
}

/** An error crossing threads: a domain error keeps its kind, code and details. */
export interface ThreadError {
  readonly message: string;
  readonly kind?: DomainError['kind'];
  readonly code?: string;
  readonly reasons?: string[];
  readonly errors?: { path: string; message: string }[];
}

export type MatchingReply =
  | { readonly id: number; readonly output: MatchingOutput; readonly rowsOnWorkers: number }
  | { readonly id: number; readonly error: ThreadError };

export function toThreadError(error: unknown): ThreadError {
  if (error instanceof DomainError) {
    return {
      message: error.message,
      kind: error.kind,
      code: error.code,
      ...(error instanceof ConflictError && error.reasons ? { reasons: error.reasons } : {}),
      ...(error instanceof InvalidInputError ? { errors: error.errors } : {}),
    };
  }
  return { message: error instanceof Error ? error.message : String(error) };
}

/** The error as thrown on the other side: the same domain error, so it maps to the same problem. */
export function fromThreadError(error: ThreadError): Error {
  const { kind, code, message } = error;
  if (kind === undefined || code === undefined) return new Error(`Matching thread failed: ${message}`);
  switch (kind) {
    case 'conflict':
      return new ConflictError(code, message, error.reasons);
    case 'invalid':
      return new InvalidInputError(code, message, error.errors ?? []);
    case 'not_found':
      return new NotFoundError(code, message);
    case 'forbidden':
      return new ForbiddenError(code, message);
    case 'unauthenticated':
      return new UnauthenticatedError(code, message);
  }
}
