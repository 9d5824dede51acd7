import { describe, expect, it } from 'vitest';
import { supportedTimeZones, timeZoneChoices } from './time-zones';

const zones = ['America/New_York', 'America/Sao_Paulo', 'Europe/Paris', 'Europe/Zurich', 'UTC'];

describe('timeZoneChoices', () => {
  it('offers every zone while the field shows the chosen one or nothing', () => {
    expect(timeZoneChoices(zones, { text: 'Europe/Paris', selected: 'Europe/Paris' })).toEqual(zones);
    expect(timeZoneChoices(zones, { text: '  ', selected: 'Europe/Paris' })).toEqual(zones);
  });

  it('finds zones by a part of their name, whatever the case, spaces or accents', () => {
    expect(timeZoneChoices(zones, { text: 'paris', selected: 'UTC' })).toEqual(['Europe/Paris']);
    expect(timeZoneChoices(zones, { text: 'São Paulo', selected: 'UTC' })).toEqual(['America/Sao_Paulo']);
    expect(timeZoneChoices(zones, { text: 'new york', selected: 'UTC' })).toEqual(['America/New_York']);
    expect(timeZoneChoices(zones, { text: 'europe', selected: 'UTC', limit: 1 })).toEqual(['Europe/Paris']);
  });
});

describe('supportedTimeZones', () => {
  it('lists the zones the runtime knows, sorted, UTC included', () => {
    const all = supportedTimeZones();
    expect(all).toContain('Europe/Paris');
    expect(all).toContain('UTC');
    expect([...all].sort((a, b) => a.localeCompare(b))).toEqual(all);
  });
});
