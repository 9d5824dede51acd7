import { makeStyles, tokens } from '@fluentui/react-components';

export const useApplicationFactsStyles = makeStyles({
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
    overflowWrap: 'anywhere',
    whiteSpace: 'pre-line',
    '@media (max-width: 480px)': {
      marginBottom: tokens.spacingVerticalS,
    },
  },
  skills: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  level: {
    color: tokens.colorNeutralForeground2,
  },
});
