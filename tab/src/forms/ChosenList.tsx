import { Button } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useChosenListStyles } from './ChosenList.styles';

/** What has been chosen so far, each with its own remove button. */
export function ChosenList<T>({
  label,
  items,
  keyOf,
  nameOf,
  mediaOf,
  onRemove,
}: {
  label: string;
  items: readonly T[];
  keyOf: (item: T) => string;
  nameOf: (item: T) => string;
  mediaOf?: (item: T) => ReactNode;
  onRemove: (item: T) => void;
}) {
  const { t } = useTranslation();
  const styles = useChosenListStyles();
  if (items.length === 0) return null;
  return (
    <ul className={styles.list} aria-label={label}>
      {items.map((item) => (
        <li key={keyOf(item)} className={styles.item}>
          {mediaOf?.(item)}
          <span className={styles.text}>{nameOf(item)}</span>
          <Button
            appearance="transparent"
            size="small"
            icon={<DismissRegular />}
            aria-label={t('forms.remove', { name: nameOf(item) })}
            onClick={() => onRemove(item)}
          />
        </li>
      ))}
    </ul>
  );
}
