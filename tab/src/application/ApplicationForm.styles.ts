import { makeStyles, tokens } from '@fluentui/react-components';

export const useApplicationFormStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXL,
    maxWidth: '50rem',
  },
  roleLabel: {
    display: 'flex',
    flexDirection: 'column',
  },
  roleName: {
    fontWeight: tokens.fontWeightSemibold,
  },
  roleHelp: {
    color: tokens.colorNeutralForeground2,
  },
  skills: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  skill: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
  },
  chosenSkill: {
    backgroundColor: tokens.colorNeutralBackground2,
  },
  levels: {
    flexWrap: 'wrap',
    paddingLeft: tokens.spacingHorizontalXXL,
    '@media (max-width: 480px)': {
      paddingLeft: 0,
    },
  },
  charter: {
    margin: 0,
    padding: tokens.spacingHorizontalM,
    maxHeight: '16rem',
    overflowY: 'auto',
    whiteSpace: 'pre-line',
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  notice: {
    margin: 0,
  },
  noticeList: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 15rem), 1fr))',
    gap: tokens.spacingVerticalL,
    alignItems: 'start',
  },
  error: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorPaletteRedForeground1,
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
  },
});
