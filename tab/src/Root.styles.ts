import { makeStyles } from '@fluentui/react-components';

export const useRootStyles = makeStyles({
  provider: {
    minHeight: '100vh',
  },
});
