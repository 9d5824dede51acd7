import { makeStyles, tokens } from '@fluentui/react-components';

/** The dialogs of the matching screen: their text and fields spaced as a column. */
export const useMatchingDialogStyles = makeStyles({
  content: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  text: {
    margin: 0,
  },
});
