import { createFocusOutlineStyle, makeStyles, tokens } from '@fluentui/react-components';

export const useSessionTableStyles = makeStyles({
  scroller: {
    overflowX: 'auto',
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    ...createFocusOutlineStyle(),
  },
  table: {
    minWidth: '64rem',
  },
  numberColumn: {
    width: '13rem',
  },
  whenColumn: {
    width: '13rem',
  },
  statusColumn: {
    width: '17rem',
  },
  actionsColumn: {
    width: '16rem',
  },
  cell: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalS,
    minWidth: 0,
  },
  strong: {
    fontWeight: tokens.fontWeightSemibold,
  },
  secondary: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: 'anywhere',
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    paddingBlock: tokens.spacingVerticalXS,
  },
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
  },
  intro: {
    margin: 0,
    maxWidth: '60rem',
  },
  zone: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
  pager: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    color: tokens.colorNeutralForeground2,
  },
});
