import { Badge, type BadgeProps } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ApplicationDto } from '../../../api/src/contract';

const COLOURS: Record<ApplicationDto['status'], NonNullable<BadgeProps['color']>> = {
  applied: 'informative',
  approved: 'success',
  waitlisted: 'warning',
  declined: 'danger',
  withdrawn: 'subtle',
  paired: 'brand',
};

export function ApplicationStatusBadge({ status }: { status: ApplicationDto['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge appearance="tint" shape="rounded" color={COLOURS[status]}>
      {t(`application.status.${status}`)}
    </Badge>
  );
}
