import type { TFunction } from 'i18next';
import { ApiError, NETWORK_ERROR, UNEXPECTED_RESPONSE } from './api-error';

/** The translation key of a problem code: codes may hold dots, which would nest the key. */
export const problemKey = (code: string): string => `errors.codes.${code.replaceAll('.', '_')}`;

/**
 * What to tell the reader about a failure, in the reader's language. The service writes its
 * problem details in English, naming the programme or session; where the tab has the code's own
 * words in another language (French), those are shown, else the service's detail.
 */
export function problemText(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    const { problem } = error;
    if (problem.code === NETWORK_ERROR) return t('errors.network');
    if (problem.code === UNEXPECTED_RESPONSE) return t('errors.http', { status: problem.status });
    return t(problemKey(problem.code), { defaultValue: problem.detail ?? problem.title });
  }
  return error instanceof Error ? error.message : String(error);
}
