import { makeStyles, tokens } from '@fluentui/react-components';

export const useProgrammeEditorStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXL,
  },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 15rem), 1fr))',
    gap: tokens.spacingVerticalM,
    alignItems: 'start',
  },
  halves: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 20rem), 1fr))',
    gap: tokens.spacingVerticalM,
    alignItems: 'start',
  },
  wide: {
    gridColumn: '1 / -1',
  },
  rows: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  row: {
    margin: 0,
    minWidth: 0,
    border: 'none',
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    '@media (max-width: 480px)': {
      padding: tokens.spacingHorizontalS,
    },
  },
  rowFields: {
    clear: 'both',
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 12rem), 1fr)) 2.5rem',
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
    '@media (max-width: 480px)': {
      gridTemplateColumns: '1fr',
    },
  },
  legend: {
    float: 'left',
    width: '100%',
    marginBottom: tokens.spacingVerticalXS,
    padding: 0,
    fontWeight: tokens.fontWeightSemibold,
  },
  rowActions: {
    display: 'flex',
    justifyContent: 'flex-end',
    // Level with the inputs, below their labels.
    paddingTop: tokens.lineHeightBase300,
  },
  theme: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  themeHead: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  themeToggle: {
    flexGrow: 1,
    minWidth: 0,
    justifyContent: 'flex-start',
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
  },
  themeName: {
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
    marginInlineEnd: tokens.spacingHorizontalS,
  },
  themeActions: {
    display: 'flex',
    flexShrink: 0,
  },
  themeFields: {
    display: 'grid',
    // French on the left, English on the right, row by row; one column on a phone.
    gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
    '@media (max-width: 600px)': {
      gridTemplateColumns: 'minmax(0, 1fr)',
    },
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
    margin: 0,
    minWidth: 0,
    border: 'none',
    paddingBlock: 0,
    paddingInline: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalS,
  },
  hiddenLegend: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
  addButton: {
    alignSelf: 'flex-start',
  },
  muted: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
  actions: {
    position: 'sticky',
    bottom: 0,
    zIndex: 1,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalXL,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow8,
    '@media (max-width: 480px)': {
      paddingInline: tokens.spacingHorizontalM,
    },
  },
});
