import { makeStyles, tokens } from '@fluentui/react-components';
import { factsGrid, factsTerm } from '../common/facts-grid.styles';

export const useApplicationFactsStyles = makeStyles({
  facts: factsGrid,
  term: factsTerm,
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
