import { type GriffelStyle, tokens } from '@fluentui/react-components';

/** A term/detail list laid out as two columns, one column on narrow screens (Teams mobile). */
export const factsGrid: GriffelStyle = {
  display: 'grid',
  gridTemplateColumns: 'minmax(8rem, max-content) 1fr',
  columnGap: tokens.spacingHorizontalL,
  rowGap: tokens.spacingVerticalS,
  margin: 0,
  '@media (max-width: 480px)': {
    gridTemplateColumns: '1fr',
    rowGap: tokens.spacingVerticalXXS,
  },
};

export const factsTerm: GriffelStyle = {
  color: tokens.colorNeutralForeground2,
};
