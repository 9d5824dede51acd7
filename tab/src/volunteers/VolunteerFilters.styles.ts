import { makeStyles, tokens } from '@fluentui/react-components';

export const useVolunteerFiltersStyles = makeStyles({
  filters: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 11rem), 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
  },
});
