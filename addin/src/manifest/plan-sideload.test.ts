import { XMLParser } from 'fast-xml-parser';
import { planSideload } from './plan-sideload';

describe('planSideload (npm run addin:sideload)', () => {
  it('points the manifest at the pane over https on localhost, and sideloads Word desktop where it exists', () => {
    const plan = planSideload({ platform: 'win32', port: 3443, manifestPath: '/tmp/manifest.xml' });
    expect(plan.baseUrl).toBe('https://localhost:3443');
    expect(plan.sideload).toBe('word-desktop');
    const manifest = new XMLParser({ ignoreAttributes: false }).parse(plan.manifestXml).OfficeApp;
    expect(manifest.DefaultSettings.SourceLocation['@_DefaultValue']).toMatch(/^https:\/\/localhost:3443\/addin\//);
    expect(plan.manifestXml).not.toMatch(/"http:\/\/localhost/);
    expect(planSideload({ platform: 'darwin', port: 3443, manifestPath: 'm.xml' }).sideload).toBe('word-desktop');
  });

  it('on Linux, says how to upload the manifest to Word on the web', () => {
    const plan = planSideload({ platform: 'linux', port: 3443, manifestPath: '/work/addin/dist/manifest.local.xml' });
    expect(plan.sideload).toBe('upload-to-word-on-the-web');
    expect(plan.instructions.join(' ')).toContain('Upload My Add-in, and choose /work/addin/dist/manifest.local.xml');
  });

  it('refuses a port that is not one', () => {
    expect(() => planSideload({ platform: 'linux', port: 0, manifestPath: 'm.xml' })).toThrow('whole number from 1 to 65535');
  });
});
