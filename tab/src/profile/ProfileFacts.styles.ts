import { makeStyles, tokens } from '@fluentui/react-components';

export const useProfileFactsStyles = makeStyles({
  card: {
    maxWidth: '40rem',
  },
  persona: {
    minWidth: 0,
  },
  wrap: {
    whiteSpace: 'normal',
    overflowWrap: 'anywhere',
  },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'minmax(8rem, max-content) 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    '@media (max-width: 480px)': {
      gridTemplateColumns: '1fr',
      rowGap: tokens.spacingVerticalXXS,
    },
  },
  term: {
    color: tokens.colorNeutralForeground2,
  },
  detail: {
    margin: 0,
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    overflowWrap: 'anywhere',
    '@media (max-width: 480px)': {
      marginBottom: tokens.spacingVerticalS,
    },
  },
});
