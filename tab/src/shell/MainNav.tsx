import { mergeClasses } from '@fluentui/react-components';
import { PeopleTeamRegular, PersonRegular, ShieldPersonRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useMainNavStyles } from './MainNav.styles';

interface Destination {
  to: string;
  label: string;
  icon: ReactNode;
}

/** The tab's sections; the admin console is listed for programme admins only. */
export function MainNav({ isAdmin }: { isAdmin: boolean }) {
  const { t } = useTranslation();
  const styles = useMainNavStyles();
  const destinations: Destination[] = [
    { to: '/', label: t('nav.mySpace'), icon: <PersonRegular className={styles.icon} /> },
    { to: '/programmes', label: t('nav.programmes'), icon: <PeopleTeamRegular className={styles.icon} /> },
  ];
  if (isAdmin) {
    destinations.push({
      to: '/admin',
      label: t('nav.admin'),
      icon: <ShieldPersonRegular className={styles.icon} />,
    });
  }
  return (
    <nav aria-label={t('nav.label')} className={styles.nav}>
      <ul className={styles.list}>
        {destinations.map(({ to, label, icon }) => (
          <li key={to}>
            <NavLink
              to={to}
              end={to === '/'}
              className={({ isActive }) => mergeClasses(styles.link, isActive && styles.current)}
            >
              {icon}
              {label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
