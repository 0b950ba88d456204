import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, type Theme } from '@fluentui/react-components';
import type { HostTheme } from '../../src/domain/host-context';

// The workbench stands in for Teams, so its own page wears the Teams theme chosen for the surfaces
// (the workbench may not import src/ui; this is Teams' side of the same choice).
const TEAMS_THEMES: Record<HostTheme, Theme> = { default: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme };

export function pageTheme(theme: HostTheme): Theme {
  return TEAMS_THEMES[theme];
}
