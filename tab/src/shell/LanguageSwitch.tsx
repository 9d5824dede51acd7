import { ToggleButton } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { rememberLanguage, type UiLanguage } from '../i18n/i18n';
import { useLanguageSwitchStyles } from './LanguageSwitch.styles';

const LANGUAGES: readonly UiLanguage[] = ['fr', 'en'];

/** FR / EN, each named in its own language; the choice is remembered in this browser. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const styles = useLanguageSwitchStyles();
  const current = i18n.resolvedLanguage;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of toggle buttons, not a form fieldset
    <div role="group" aria-label={t('language.label')} className={styles.group}>
      {LANGUAGES.map((language) => (
        <ToggleButton
          key={language}
          size="small"
          appearance="subtle"
          className={styles.button}
          checked={current === language}
          lang={language}
          aria-label={`${language.toUpperCase()} – ${t(`language.${language}`)}`}
          onClick={() => {
            rememberLanguage(language);
            void i18n.changeLanguage(language);
          }}
        >
          {language.toUpperCase()}
        </ToggleButton>
      ))}
    </div>
  );
}
