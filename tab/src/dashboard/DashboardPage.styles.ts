import { makeStyles, tokens } from '@fluentui/react-components';

export const useDashboardPageStyles = makeStyles({
  links: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  charts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 30rem), 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  subsection: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  subtitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  secondary: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
});
