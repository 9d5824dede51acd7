import { makeStyles, tokens } from '@fluentui/react-components';

export const useMatchingPageStyles = makeStyles({
  links: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    marginInlineStart: `calc(-1 * ${tokens.spacingHorizontalS})`,
  },
  intro: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
});
