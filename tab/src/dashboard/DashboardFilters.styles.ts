import { makeStyles, tokens } from '@fluentui/react-components';

export const useDashboardFiltersStyles = makeStyles({
  filters: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 12rem), 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
  },
});
