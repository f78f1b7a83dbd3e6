import { resolveThemeName } from './theme-name';

describe('resolveThemeName', () => {
  it('maps the Teams themes to light, dark and high contrast', () => {
    expect(resolveThemeName('default')).toBe('light');
    expect(resolveThemeName('dark')).toBe('dark');
    expect(resolveThemeName('contrast')).toBe('contrast');
  });

  it('shows anything unknown (newer themes such as glass, nothing at all) as light', () => {
    expect(resolveThemeName('glass')).toBe('light');
    expect(resolveThemeName(undefined)).toBe('light');
  });
});
