import {
  Button,
  Menu,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Tooltip,
} from '@fluentui/react-components';
import { DarkThemeRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useHost } from '../host/host-context';
import { THEME_CHOICES } from '../host/theme';

/** Light, dark or high contrast in a plain browser; inside a host the host's theme rules. */
export function ThemeMenu() {
  const { t } = useTranslation();
  const { themeChoice, setThemeChoice } = useHost();
  if (themeChoice === null) return null;
  const label = t('theme.current', { theme: t(`theme.${themeChoice}`) });
  return (
    <Menu
      checkedValues={{ theme: [themeChoice] }}
      onCheckedValueChange={(_, { checkedItems }) => {
        const choice = THEME_CHOICES.find((item) => item === checkedItems[0]);
        if (choice) setThemeChoice(choice);
      }}
    >
      <MenuTrigger disableButtonEnhancement>
        <Tooltip content={label} relationship="label">
          <Button appearance="subtle" size="small" icon={<DarkThemeRegular />} />
        </Tooltip>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {THEME_CHOICES.map((choice) => (
            <MenuItemRadio key={choice} name="theme" value={choice}>
              {t(`theme.${choice}`)}
            </MenuItemRadio>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
