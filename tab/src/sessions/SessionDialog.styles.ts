import { makeStyles, tokens } from '@fluentui/react-components';

/** The session dialogs: their text and fields spaced as a column. */
export const useSessionDialogStyles = makeStyles({
  surface: {
    maxWidth: 'min(46rem, calc(100vw - 2rem))',
  },
  content: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  text: {
    margin: 0,
  },
  halves: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 14rem), 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
  },
  note: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
});
