import { createFocusOutlineStyle, makeStyles, tokens } from '@fluentui/react-components';

export const useProgrammeTableStyles = makeStyles({
  scroller: {
    overflowX: 'auto',
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    ...createFocusOutlineStyle(),
  },
  table: {
    minWidth: '40rem',
  },
  name: {
    fontWeight: tokens.fontWeightSemibold,
  },
});
