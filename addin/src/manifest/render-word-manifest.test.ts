import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { PNG } from 'pngjs';
import { renderWordManifest, WORD_ADDIN_ID } from './render-word-manifest';

const OFFICE_NS = 'http://schemas.microsoft.com/office/appforoffice/1.1';
const BT_NS = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const OVERRIDES_NS = 'http://schemas.microsoft.com/office/taskpaneappversionoverrides';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
const ASSETS = path.resolve(__dirname, '../../public/assets');
const BASE = 'https://entrancehall.example.gov.uk';
const CLIENT_ID = '0f7c6a52-3d1e-4b8f-9a61-2c4d5e6f7a8b';

function parse(xml: string): Document {
  const problems: string[] = [];
  const document = new DOMParser({ errorHandler: { warning: (m) => problems.push(m), error: (m) => problems.push(m), fatalError: (m) => problems.push(m) } }).parseFromString(xml, 'text/xml');
  expect(problems).toEqual([]);
  return document as unknown as Document;
}

const elements = (document: Document, ns: string, name: string) => Array.from(document.getElementsByTagNameNS(ns, name));
const one = (document: Document, ns: string, name: string) => {
  const found = elements(document, ns, name);
  expect(found).toHaveLength(1);
  return found[0]!;
};

/** Every URL the manifest gives Office: DefaultValue attributes that look like URLs, AppDomains, the SSO resource. */
function urlsIn(document: Document): string[] {
  const all = Array.from(document.getElementsByTagName('*'));
  const fromAttributes = all.map((element) => element.getAttribute('DefaultValue') ?? '').filter((value) => /^[a-z][a-z0-9+.-]*:\/\//i.test(value));
  return [...fromAttributes, ...elements(document, OFFICE_NS, 'AppDomain').map((element) => element.textContent ?? '')];
}

describe('renderWordManifest', () => {
  const document = parse(renderWordManifest({ baseUrl: BASE }));

  it('is a Word task-pane add-in that requires WordApi 1.3 and may change the document', () => {
    const root = document.documentElement;
    expect(root.localName).toBe('OfficeApp');
    expect(root.getAttributeNS(XSI_NS, 'type')).toBe('TaskPaneApp');
    expect(one(document, OFFICE_NS, 'Id').textContent).toBe(WORD_ADDIN_ID);
    expect(one(document, OFFICE_NS, 'Version').textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(elements(document, OFFICE_NS, 'Host').map((host) => host.getAttribute('Name'))).toEqual(['Document']);
    expect(elements(document, OFFICE_NS, 'Set').map((set) => [set.getAttribute('Name'), set.getAttribute('MinVersion')])).toEqual([['WordApi', '1.3']]);
    expect(one(document, OFFICE_NS, 'Permissions').textContent).toBe('ReadWriteDocument');
    expect(one(document, OFFICE_NS, 'SourceLocation').getAttribute('DefaultValue')).toBe(`${BASE}/addin/index.html`);
    expect(elements(document, OVERRIDES_NS, 'Host').map((host) => host.getAttributeNS(XSI_NS, 'type'))).toEqual(['Document']);
    expect(elements(document, OVERRIDES_NS, 'OfficeTab').map((tab) => tab.getAttribute('id'))).toEqual(['TabHome']);
  });

  it('uses HTTPS for every URL, all on the configured server (or Microsoft sign-in)', () => {
    const urls = urlsIn(document);
    expect(urls.length).toBeGreaterThan(6);
    for (const url of urls) {
      expect(url).toMatch(/^https:\/\//);
      expect(url.startsWith(BASE) || url === 'https://login.microsoftonline.com').toBe(true);
    }
  });

  it('resolves every resid to a resource of the right kind, and defines none it does not use', () => {
    const ids = (kind: string, parent: string) =>
      elements(document, BT_NS, parent).flatMap((group) => Array.from(group.getElementsByTagNameNS(BT_NS, kind)).map((element) => element.getAttribute('id')!));
    const images = ids('Image', 'Images');
    const urls = ids('Url', 'Urls');
    const strings = [...ids('String', 'ShortStrings'), ...ids('String', 'LongStrings')];
    const defined = [...images, ...urls, ...strings];
    expect(new Set(defined).size).toBe(defined.length);
    const references = Array.from(document.getElementsByTagName('*')).filter((element) => element.hasAttribute('resid'));
    expect(references.length).toBeGreaterThan(10);
    for (const reference of references) {
      const resid = reference.getAttribute('resid')!;
      const expected = reference.localName === 'Image' ? images : ['SourceLocation', 'LearnMoreUrl', 'FunctionFile'].includes(reference.localName) ? urls : strings;
      expect({ element: reference.localName, resid, resolves: expected.includes(resid) }).toEqual({ element: reference.localName, resid, resolves: true });
      expect(resid.length).toBeLessThanOrEqual(32);
    }
    const used = new Set(references.map((reference) => reference.getAttribute('resid')));
    expect(defined.filter((id) => !used.has(id))).toEqual([]);
  });

  it('keeps strings within Office’s limits (short 125, long 250 characters)', () => {
    for (const element of elements(document, BT_NS, 'ShortStrings').flatMap((group) => Array.from(group.getElementsByTagNameNS(BT_NS, 'String')))) {
      expect(element.getAttribute('DefaultValue')!.length).toBeLessThanOrEqual(125);
    }
    for (const element of elements(document, BT_NS, 'LongStrings').flatMap((group) => Array.from(group.getElementsByTagNameNS(BT_NS, 'String')))) {
      expect(element.getAttribute('DefaultValue')!.length).toBeLessThanOrEqual(250);
    }
    expect(one(document, OFFICE_NS, 'DisplayName').getAttribute('DefaultValue')!.length).toBeLessThanOrEqual(125);
    expect(one(document, OFFICE_NS, 'Description').getAttribute('DefaultValue')!.length).toBeLessThanOrEqual(250);
  });

  it('points every icon at a committed PNG of the size it claims (16, 32, 64, 80)', () => {
    const sizeOf = (url: string) => {
      const file = path.join(ASSETS, path.basename(new URL(url).pathname));
      const png = PNG.sync.read(readFileSync(file));
      return [png.width, png.height];
    };
    const images = new Map(elements(document, BT_NS, 'Image').filter((image) => image.hasAttribute('id')).map((image) => [image.getAttribute('id')!, image.getAttribute('DefaultValue')!]));
    for (const use of elements(document, BT_NS, 'Image').filter((image) => image.hasAttribute('resid'))) {
      const size = Number(use.getAttribute('size'));
      expect(sizeOf(images.get(use.getAttribute('resid')!)!)).toEqual([size, size]);
    }
    expect(sizeOf(one(document, OFFICE_NS, 'IconUrl').getAttribute('DefaultValue')!)).toEqual([32, 32]);
    expect(sizeOf(one(document, OFFICE_NS, 'HighResolutionIconUrl').getAttribute('DefaultValue')!)).toEqual([64, 64]);
    for (const size of [16, 32, 64, 80]) expect(sizeOf(`${BASE}/addin/assets/icon-${size}.png`)).toEqual([size, size]);
  });

  it('has no SSO section without a client id, and a complete one with it (id and scope passed to the task pane)', () => {
    expect(elements(document, OVERRIDES_NS, 'WebApplicationInfo')).toHaveLength(0);
    const withSso = parse(renderWordManifest({ baseUrl: `${BASE}/`, clientId: CLIENT_ID }));
    const info = one(withSso, OVERRIDES_NS, 'WebApplicationInfo');
    expect(info.getElementsByTagNameNS(OVERRIDES_NS, 'Id')[0]!.textContent).toBe(CLIENT_ID);
    expect(info.getElementsByTagNameNS(OVERRIDES_NS, 'Resource')[0]!.textContent).toBe(`api://entrancehall.example.gov.uk/${CLIENT_ID}`);
    const taskpane = new URL(one(withSso, OFFICE_NS, 'SourceLocation').getAttribute('DefaultValue')!);
    expect(taskpane.searchParams.get('clientId')).toBe(CLIENT_ID);
    expect(taskpane.searchParams.get('scope')).toBe(`api://entrancehall.example.gov.uk/${CLIENT_ID}/access_as_user`);
    expect(urlsIn(withSso).every((url) => url.startsWith('https://'))).toBe(true);
  });

  it('refuses a server address Office would not load, or that is not a bare origin', () => {
    expect(() => renderWordManifest({ baseUrl: 'http://entrancehall.example.gov.uk' })).toThrow(/only over HTTPS/);
    expect(() => renderWordManifest({ baseUrl: 'https://entrancehall.example.gov.uk/app?x=1' })).toThrow(/just the server's address/);
    expect(() => renderWordManifest({ baseUrl: 'not a url' })).toThrow(/not a URL/);
    expect(() => renderWordManifest({ baseUrl: BASE, clientId: 'x"><evil/>' })).toThrow(/GUID/);
    expect(() => renderWordManifest({ baseUrl: BASE, version: '1.0' })).toThrow(/four numbers/);
  });
});
