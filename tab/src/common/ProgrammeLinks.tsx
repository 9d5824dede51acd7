import { Button } from '@fluentui/react-components';
import {
  CalendarLtrRegular,
  EditRegular,
  PeopleCheckmarkRegular,
  PeopleLinkRegular,
} from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

/** The admin pages of one programme that other admin pages link to. */
export type ProgrammeLink = 'edit' | 'volunteers' | 'matching' | 'sessions';

const LINKS: Record<ProgrammeLink, { path: string; icon: ReactElement; label: string }> = {
  edit: { path: '', icon: <EditRegular />, label: 'matching.editProgramme' },
  volunteers: { path: '/volunteers', icon: <PeopleCheckmarkRegular />, label: 'matching.volunteers' },
  matching: { path: '/matching', icon: <PeopleLinkRegular />, label: 'matching.open' },
  sessions: { path: '/sessions', icon: <CalendarLtrRegular />, label: 'sessions.admin.open' },
};

/** Links from an admin page to the programme's other admin pages, in the order given. */
export function ProgrammeLinks({
  programmeId,
  links,
}: {
  programmeId: string;
  links: readonly ProgrammeLink[];
}) {
  const { t } = useTranslation();
  return (
    <>
      {links.map((link) => {
        const { path, icon, label } = LINKS[link];
        return (
          <Button
            key={link}
            as="a"
            appearance="subtle"
            icon={icon}
            href={`#/admin/programmes/${programmeId}${path}`}
          >
            {t(label)}
          </Button>
        );
      })}
    </>
  );
}
