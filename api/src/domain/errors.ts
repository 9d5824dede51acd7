/** Errors the use cases raise; each transport maps them once (problem+json in the API, a card in the bot). */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  abstract readonly kind: 'not_found' | 'forbidden' | 'conflict' | 'invalid' | 'unauthenticated';
}

export class NotFoundError extends DomainError {
  readonly kind = 'not_found';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'NotFoundError';
  }
}

export class ForbiddenError extends DomainError {
  readonly kind = 'forbidden';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ForbiddenError';
  }
}

export class ConflictError extends DomainError {
  readonly kind = 'conflict';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ConflictError';
  }
}

export class InvalidInputError extends DomainError {
  readonly kind = 'invalid';
  constructor(
    readonly code: string,
    message: string,
    readonly errors: { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'InvalidInputError';
  }
}

export class UnauthenticatedError extends DomainError {
  readonly kind = 'unauthenticated';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'UnauthenticatedError';
  }
}
