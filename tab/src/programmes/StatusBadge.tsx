import { Badge, type BadgeProps } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ProgrammeStatusDto } from '../../../api/src/contract';

const COLOURS: Record<ProgrammeStatusDto, NonNullable<BadgeProps['color']>> = {
  draft: 'informative',
  recruiting: 'brand',
  matching: 'important',
  running: 'success',
  closing: 'warning',
  closed: 'subtle',
};

export function StatusBadge({ status }: { status: ProgrammeStatusDto }) {
  const { t } = useTranslation();
  return (
    <Badge appearance="tint" shape="rounded" color={COLOURS[status]}>
      {t(`programmes.status.${status}`)}
    </Badge>
  );
}
