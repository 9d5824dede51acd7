/** Errors the use cases raise; each transport maps them once (problem+json in the API, a card in the bot). */
export abstract class DomainError extends Error {
  abstract readonly kind: 'not_found' | 'forbidden' | 'conflict' | 'invalid' | 'unauthenticated';

  /** `code` is stable (clients branch on it); the message names the programme, person or session. */
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  readonly kind = 'not_found';
}

export class ForbiddenError extends DomainError {
  readonly kind = 'forbidden';
}

export class ConflictError extends DomainError {
  readonly kind = 'conflict';
  constructor(
    code: string,
    message: string,
    /** Machine-readable reasons (each a code the edges localise), when there are several. */
    readonly reasons?: string[],
  ) {
    super(code, message);
  }
}

export class UnauthenticatedError extends DomainError {
  readonly kind = 'unauthenticated';
}

export class InvalidInputError extends DomainError {
  readonly kind = 'invalid';
  constructor(
    code: string,
    message: string,
    readonly errors: { path: string; message: string }[] = [],
  ) {
    super(code, message);
  }
}
