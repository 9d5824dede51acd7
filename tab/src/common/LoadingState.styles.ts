import { makeStyles, tokens } from '@fluentui/react-components';

export const useLoadingStateStyles = makeStyles({
  root: {
    display: 'flex',
    justifyContent: 'center',
    paddingBlock: tokens.spacingVerticalXXL,
  },
  fullPage: {
    minHeight: '100vh',
    alignItems: 'center',
  },
});
