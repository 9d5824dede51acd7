import { Button } from '@fluentui/react-components';
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { useMe } from '../api/queries';
import { useSession } from '../auth/session-context';
import { LoadingState } from '../common/LoadingState';
import { ProblemBar } from '../common/ProblemBar';
import { useHost } from '../host/host-context';
import { initialLanguage, languageOf } from '../i18n/i18n';
import { MatchingPage } from '../matching/MatchingPage';
import { AdminConsolePage } from '../pages/AdminConsolePage';
import { ApplyPage } from '../pages/ApplyPage';
import { MySpacePage } from '../pages/MySpacePage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { ProgrammeEditorPage } from '../pages/ProgrammeEditorPage';
import { ProgrammePage } from '../pages/ProgrammePage';
import { ProgrammesPage } from '../pages/ProgrammesPage';
import { VolunteersPage } from '../pages/VolunteersPage';
import { ProgrammeSessionsPage } from '../sessions/ProgrammeSessionsPage';
import { AccountMenu } from './AccountMenu';
import { AppHeader } from './AppHeader';
import { MainNav } from './MainNav';
import { ShellLayout } from './ShellLayout';

// The dashboards bring the charts library: loaded when first opened.
const DashboardPage = lazy(() =>
  import('../dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })),
);
const ImpactReportPage = lazy(() =>
  import('../dashboard/ImpactReportPage').then((m) => ({ default: m.ImpactReportPage })),
);

/** The signed-in tab: who you are, where you are, and the sections you may open. */
export function AppShell() {
  const { t, i18n } = useTranslation();
  const { host } = useHost();
  const { signOut } = useSession();
  const me = useMe();
  const preferredLanguage = me.data?.person.preferredLanguage;

  useEffect(() => {
    if (preferredLanguage && initialLanguage(host.locale) === null) {
      void i18n.changeLanguage(languageOf(preferredLanguage));
    }
  }, [preferredLanguage, host.locale, i18n]);

  if (!me.isSuccess) {
    return (
      <ShellLayout header={<AppHeader />} narrow>
        {me.isPending ? (
          <LoadingState label={t('app.loading')} />
        ) : (
          <>
            <ProblemBar error={me.error} onRetry={() => void me.refetch()} />
            {signOut && <Button onClick={signOut}>{t('header.signOut')}</Button>}
          </>
        )}
      </ShellLayout>
    );
  }

  return (
    <ShellLayout
      header={<AppHeader me={me.data} account={<AccountMenu person={me.data.person} signOut={signOut} />} />}
      nav={<MainNav isAdmin={me.data.roles.includes('admin')} />}
    >
      <Suspense fallback={<LoadingState label={t('app.loading')} />}>
        <Routes>
          <Route path="/" element={<MySpacePage me={me.data} />} />
          <Route path="/programmes" element={<ProgrammesPage me={me.data} />} />
          <Route path="/programmes/:programmeId" element={<ProgrammePage />} />
          <Route path="/programmes/:programmeId/apply" element={<ApplyPage me={me.data} />} />
          <Route path="/programmes/:programmeId/dashboard" element={<DashboardPage />} />
          <Route path="/programmes/:programmeId/impact-report" element={<ImpactReportPage />} />
          <Route path="/admin/programmes/:programmeId/dashboard" element={<DashboardPage />} />
          <Route path="/admin" element={<AdminConsolePage me={me.data} />} />
          <Route path="/admin/programmes/new" element={<ProgrammeEditorPage me={me.data} />} />
          <Route path="/admin/programmes/:programmeId" element={<ProgrammeEditorPage me={me.data} />} />
          <Route path="/admin/programmes/:programmeId/volunteers" element={<VolunteersPage />} />
          <Route path="/admin/programmes/:programmeId/matching" element={<MatchingPage />} />
          <Route
            path="/admin/programmes/:programmeId/sessions"
            element={<ProgrammeSessionsPage me={me.data} />}
          />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </ShellLayout>
  );
}
