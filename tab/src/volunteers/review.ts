import type { ApplicationDto } from '../../../api/src/contract';
import type { ReviewDecision } from '../api/programme-api';

/** The decisions that would change an application in this status (none once withdrawn or paired). */
export function decisionsFor(status: ApplicationDto['status']): ReviewDecision[] {
  switch (status) {
    case 'applied':
      return ['approve', 'waitlist', 'decline'];
    case 'approved':
      return ['waitlist', 'decline'];
    case 'waitlisted':
      return ['approve', 'decline'];
    case 'declined':
      return ['approve', 'waitlist'];
    default:
      return [];
  }
}
