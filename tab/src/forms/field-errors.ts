import { ApiError } from '../api/api-error';

/** Messages by field path (`name`, `objectives.0.label`, `charterAccepted`), as zod and the API name them. */
export type FieldErrors = Record<string, string>;

export interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

type Translate = (key: string) => string;

/** Field patterns (`*` for a row index) whose message the catalogue words better than the contract. */
export type FieldMessages = Record<string, string>;

function patternOf(path: string): string {
  return path.replace(/\.\d+(?=\.|$)/g, '.*');
}

function localised(t: Translate, messages: FieldMessages, path: string, fallback: string): string {
  const key = messages[path] ?? messages[patternOf(path)];
  return key ? t(key) : fallback;
}

/** The first issue of each field, in the UI language where the catalogue has words for it. */
export function fieldErrorsFromIssues(
  issues: readonly Issue[],
  t: Translate,
  messages: FieldMessages,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= localised(t, messages, path, issue.message);
  }
  return errors;
}

/** The fields a problem+json names (`body.skills` → `skills`); empty for any other failure. */
export function fieldErrorsFromProblem(error: unknown, t: Translate, messages: FieldMessages): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  return fieldErrorsFromIssues(
    (error.problem.errors ?? []).map(({ path, message }) => ({
      path: path
        .replace(/^body\.?/, '')
        .split('.')
        .filter(Boolean),
      message,
    })),
    t,
    messages,
  );
}

/** The message for one field, or for anything inside it (`skills` also shows `skills.3.level`). */
export function errorAt(errors: FieldErrors, path: string, { nested = false } = {}): string | undefined {
  if (errors[path]) return errors[path];
  if (!nested) return undefined;
  const inside = Object.keys(errors).find((key) => key.startsWith(`${path}.`));
  return inside ? errors[inside] : undefined;
}

/** Props for a Fluent `Field`: its validation message and state. */
export function fieldState(message: string | undefined) {
  return message ? { validationMessage: message, validationState: 'error' as const } : {};
}
