import { makeStyles, tokens } from '@fluentui/react-components';

export const useProgrammeCardStyles = makeStyles({
  card: {
    height: '100%',
    boxSizing: 'border-box',
  },
  name: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  description: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  term: {
    color: tokens.colorNeutralForeground2,
  },
  footer: {
    marginTop: 'auto',
    flexWrap: 'wrap',
  },
  detail: {
    margin: 0,
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
  },
});
