import type { ProblemDto } from '../../../api/src/contract';

/** Codes the tab gives to failures that never reached the service or broke the contract. */
export const NETWORK_ERROR = 'network';
export const UNEXPECTED_RESPONSE = 'unexpected_response';

/** A failed call, always carrying a problem document (RFC 9457) to show. */
export class ApiError extends Error {
  readonly problem: ProblemDto;

  constructor(problem: ProblemDto) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }
}

function isProblem(value: unknown): value is ProblemDto {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.title === 'string' && typeof candidate.status === 'number';
}

/** Turns a non-2xx response into an ApiError, whatever its body. */
export async function errorFrom(response: Response): Promise<ApiError> {
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const body: unknown = await response.json();
      if (isProblem(body)) {
        return new ApiError({ ...body, type: body.type ?? 'about:blank', code: body.code ?? 'error' });
      }
    } catch {
      // Not JSON after all: fall through to a generic problem.
    }
  }
  return new ApiError({
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
    code: UNEXPECTED_RESPONSE,
  });
}

export function networkError(cause: unknown): ApiError {
  return new ApiError({
    type: 'about:blank',
    title: cause instanceof Error ? cause.message : String(cause),
    status: 0,
    code: NETWORK_ERROR,
  });
}
