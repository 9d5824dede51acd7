import { makeStaticStyles, makeStyles, tokens } from '@fluentui/react-components';

/** Printing the report prints the report alone: no banner, navigation or buttons, on white paper. */
export const useImpactReportPrintStyles = makeStaticStyles(`
  @media print {
    header, nav, [data-print='hide'] { display: none !important; }
    html, body, #root *:has(> main) { background: #fff !important; min-height: 0 !important; }
    main { padding: 0 !important; max-width: none !important; }
    @page { margin: 15mm; }
  }
`);

export const useImpactReportStyles = makeStyles({
  paper: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXL,
    maxWidth: '46rem',
    width: '100%',
    boxSizing: 'border-box',
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
  },
  scope: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
  charts: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  section: {
    breakInside: 'avoid-page',
  },
  privacy: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
});
