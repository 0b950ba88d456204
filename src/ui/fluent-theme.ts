import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, type Theme } from '@fluentui/react-components';
import type { HostTheme } from '../domain/host-context';

// Teams' own Fluent themes, so the surfaces look like the host around them.
const FLUENT_THEMES: Record<HostTheme, Theme> = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

export function fluentTheme(theme: HostTheme): Theme {
  return FLUENT_THEMES[theme];
}
