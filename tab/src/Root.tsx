import { FluentProvider } from '@fluentui/react-components';
import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { HashRouter } from 'react-router';
import { AuthGate } from './auth/AuthGate';
import { LoadingState } from './common/LoadingState';
import { detectHost, type HostInfo, PLAIN_BROWSER } from './host/detect-host';
import { HostContext, type HostState } from './host/host-context';
import { fluentThemes } from './host/theme';
import { useTheme } from './host/use-theme';
import { createI18n, initialLanguage } from './i18n/i18n';
import { createQueryClient } from './query-client';
import { AppShell } from './shell/AppShell';

/** Finds the host, then provides language, theme, data and routes to the signed-in shell. */
export function Root() {
  const [i18n] = useState(() => createI18n(initialLanguage(null) ?? 'en'));
  const [queryClient] = useState(createQueryClient);
  const [host, setHost] = useState<HostInfo | null>(null);
  const theme = useTheme(host);

  useEffect(() => {
    let live = true;
    void detectHost().then((found) => {
      if (!live) return;
      const language = initialLanguage(found.locale);
      if (language && language !== i18n.language) void i18n.changeLanguage(language);
      setHost(found);
    });
    return () => {
      live = false;
    };
  }, [i18n]);

  const hostState = useMemo<HostState>(() => ({ host: host ?? PLAIN_BROWSER, ...theme }), [host, theme]);

  return (
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={fluentThemes[theme.theme]}>
        <HostContext.Provider value={hostState}>
          {host === null ? (
            <LoadingState label={i18n.t('app.loading')} fullPage />
          ) : (
            <QueryClientProvider client={queryClient}>
              <HashRouter>
                <AuthGate>
                  <AppShell />
                </AuthGate>
              </HashRouter>
            </QueryClientProvider>
          )}
        </HostContext.Provider>
      </FluentProvider>
    </I18nextProvider>
  );
}
