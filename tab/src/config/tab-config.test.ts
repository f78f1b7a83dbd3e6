import { buildTabConfig } from './tab-config';

describe('buildTabConfig', () => {
  it('points the tab at the chosen view, with a name for the tab strip', () => {
    expect(buildTabConfig('https://eh.example.gov.uk', 'capacity')).toEqual({
      entityId: 'entrance-hall-capacity',
      contentUrl: 'https://eh.example.gov.uk/tab/?view=capacity',
      websiteUrl: 'https://eh.example.gov.uk/tab/?view=capacity',
      suggestedDisplayName: 'Entrance Hall – Capacity',
    });
  });

  it('keeps a chosen meeting in the address', () => {
    expect(buildTabConfig('https://eh.example.gov.uk', 'meeting', 'm 1').contentUrl).toBe('https://eh.example.gov.uk/tab/?view=meeting&meeting=m+1');
  });
});
