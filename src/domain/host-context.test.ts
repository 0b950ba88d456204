import { hostThemeFromOfficeColors, toHostTheme } from './host-context';

describe('toHostTheme', () => {
  it('keeps the three Teams themes', () => {
    expect(toHostTheme('default')).toBe('default');
    expect(toHostTheme('dark')).toBe('dark');
    expect(toHostTheme('contrast')).toBe('contrast');
  });

  it('falls back to the default theme for unknown or missing values', () => {
    expect(toHostTheme('glass')).toBe('default');
    expect(toHostTheme(undefined)).toBe('default');
    expect(toHostTheme('')).toBe('default');
  });
});

describe('hostThemeFromOfficeColors', () => {
  it('reads a light Outlook as the default theme', () => {
    expect(hostThemeFromOfficeColors('#ffffff', '#000000')).toBe('default');
    expect(hostThemeFromOfficeColors('#fafafa', '#242424')).toBe('default');
  });

  it('reads a dark Outlook as dark', () => {
    expect(hostThemeFromOfficeColors('#1f1f1f', '#ffffff')).toBe('dark');
    expect(hostThemeFromOfficeColors('#292929', '#d6d6d6')).toBe('dark');
  });

  it('reads black on white or white on black as contrast', () => {
    expect(hostThemeFromOfficeColors('#000000', '#ffffff')).toBe('contrast');
  });

  it('does not guess from colours it cannot parse', () => {
    expect(hostThemeFromOfficeColors('red', '#000')).toBe('default');
  });
});
