import {
  Avatar,
  Button,
  Divider,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Persona,
} from '@fluentui/react-components';
import { PersonSwapRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { PersonDto } from '../../../api/src/contract';
import { useAccountMenuStyles } from './AccountMenu.styles';

/** Who is signed in; with the dev sign-in, also the way to switch person. */
export function AccountMenu({ person, signOut }: { person: PersonDto; signOut: (() => void) | null }) {
  const { t } = useTranslation();
  const styles = useAccountMenuStyles();
  const avatar = <Avatar name={person.displayName} color="colorful" size={28} aria-hidden />;
  if (!signOut) {
    return (
      <span className={styles.trigger}>
        {avatar}
        <span className={styles.name}>{person.displayName}</span>
      </span>
    );
  }
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button
          appearance="subtle"
          className={styles.trigger}
          icon={avatar}
          aria-label={t('header.account', { name: person.displayName })}
        >
          <span className={styles.name}>{person.displayName}</span>
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <div className={styles.card}>
          <Persona
            name={person.displayName}
            secondaryText={person.jobTitle ?? undefined}
            tertiaryText={person.userPrincipalName}
            avatar={{ color: 'colorful' }}
          />
        </div>
        <Divider />
        <MenuList>
          <MenuItem icon={<PersonSwapRegular />} onClick={signOut}>
            {t('header.signOut')}
          </MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
