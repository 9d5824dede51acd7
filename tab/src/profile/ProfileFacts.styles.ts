import { makeStyles, tokens } from '@fluentui/react-components';
import { factsGrid, factsTerm } from '../common/facts-grid.styles';

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
  facts: factsGrid,
  term: factsTerm,
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
