import { mergeClasses } from '@fluentui/react-components';
import { CheckmarkRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { ProgrammeStatusDto } from '../../../api/src/contract';
import { useLifecycleStepperStyles } from './LifecycleStepper.styles';
import { LIFECYCLE } from './lifecycle';

/** draft → recruiting → … → closed, with the steps already passed ticked and the current one marked. */
export function LifecycleStepper({ status }: { status: ProgrammeStatusDto }) {
  const { t } = useTranslation();
  const styles = useLifecycleStepperStyles();
  const current = LIFECYCLE.indexOf(status);
  return (
    <ol className={styles.list} aria-label={t('lifecycle.steps')}>
      {LIFECYCLE.map((step, index) => {
        const done = index < current;
        return (
          <li
            key={step}
            className={mergeClasses(styles.step, done && styles.done, index === current && styles.current)}
            aria-current={index === current ? 'step' : undefined}
          >
            <span className={styles.marker} aria-hidden>
              {done ? <CheckmarkRegular /> : index + 1}
            </span>
            {t(`programmes.status.${step}`)}
            {done && <span className={styles.hidden}>{` (${t('lifecycle.done')})`}</span>}
          </li>
        );
      })}
    </ol>
  );
}
