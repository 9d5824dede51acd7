import { makeStyles, tokens } from '@fluentui/react-components';

export const useAccountMenuStyles = makeStyles({
  trigger: {
    maxWidth: '16rem',
    gap: tokens.spacingHorizontalS,
  },
  name: {
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    '@media (max-width: 480px)': {
      display: 'none',
    },
  },
  card: {
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalS,
  },
});
