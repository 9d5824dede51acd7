import { makeStyles, tokens } from '@fluentui/react-components';

export const useShellLayoutStyles = makeStyles({
  shell: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  main: {
    flexGrow: 1,
    width: '100%',
    maxWidth: '75rem',
    boxSizing: 'border-box',
    marginInline: 'auto',
    paddingBlock: tokens.spacingVerticalXXL,
    paddingInline: tokens.spacingHorizontalXXL,
    '@media (max-width: 480px)': {
      paddingBlock: tokens.spacingVerticalL,
      paddingInline: tokens.spacingHorizontalM,
    },
  },
  narrow: {
    maxWidth: '44rem',
  },
});
