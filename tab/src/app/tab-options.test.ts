import { readTabOptions, viewForFrameContext } from './tab-options';

describe('readTabOptions', () => {
  it('reads the view, meeting, theme, demo user and layout from the address', () => {
    expect(readTabOptions('?view=meeting&meeting=m-1&theme=dark&as=helen.morris&layout=stage')).toEqual({
      view: 'meeting',
      meetingId: 'm-1',
      theme: 'dark',
      actAs: 'helen.morris',
      layout: 'stage',
    });
  });

  it('ignores views and layouts it does not know', () => {
    expect(readTabOptions('?view=admin&layout=floating')).toEqual({});
  });
});

describe('viewForFrameContext', () => {
  it('shows meeting mode in a meeting side panel and on the meeting stage', () => {
    expect(viewForFrameContext('sidePanel', {})).toEqual({ view: 'meeting', layout: 'sidePanel' });
    expect(viewForFrameContext('meetingStage', { view: 'board' })).toEqual({ view: 'meeting', layout: 'stage' });
  });

  it('shows the configured view in a channel or personal tab, the board by default', () => {
    expect(viewForFrameContext('content', { view: 'capacity' })).toEqual({ view: 'capacity' });
    expect(viewForFrameContext('content', {})).toEqual({ view: 'board' });
  });
});
