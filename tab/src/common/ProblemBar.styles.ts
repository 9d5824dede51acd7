import { makeStyles, tokens } from '@fluentui/react-components';

export const useProblemBarStyles = makeStyles({
  bar: {
    marginBlock: tokens.spacingVerticalM,
  },
});
