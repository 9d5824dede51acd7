import { Badge } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { SessionDto } from './session-api';
import { sessionBadge } from './session-state';

/** The session's state: booked, needs a new slot, declined by someone, a new time proposed… */
export function SessionStatusBadge({ session }: { session: Pick<SessionDto, 'status' | 'problem'> }) {
  const { t } = useTranslation();
  const { label, colour } = sessionBadge(session, t);
  return (
    <Badge appearance="tint" shape="rounded" color={colour}>
      {label}
    </Badge>
  );
}
