import { makeStyles, tokens } from '@fluentui/react-components';

export const useLanguageSwitchStyles = makeStyles({
  group: {
    display: 'inline-flex',
    gap: tokens.spacingHorizontalXXS,
  },
  button: {
    minWidth: '2.75rem',
  },
});
