/**
 * A script served in place of office.js that makes the page believe it runs in Word (WordApi 1.4)
 * at the given WordApi level (1.4 by default) and records what the task pane does: a stand-in for the host, not for our code. Content
 * controls are created from the OOXML's `w:sdt` (tag and alias), as Word does on insertOoxml;
 * queued operations take effect at `context.sync()`, and every sync is counted.
 */
export function standInWordHost({ wordApi = '1.4' }: { wordApi?: string } = {}): string {
  return `(() => {
  const WORD_API = ${JSON.stringify(Number(wordApi))};
  const unescape = (value) => value.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const record = { controls: [], operations: [], syncs: 0, runs: 0, settings: {}, saves: 0 };
  window.__standInWord = record;
  const makeControl = (tag, title) => {
    const control = { tag, title, ooxml: '', insertOoxml(ooxml, location) { pending.push(() => { control.ooxml = ooxml; record.operations.push({ on: tag, location, ooxml }); }); } };
    return control;
  };
  window.__standInWord.addControl = (tag, title) => record.controls.push(makeControl(tag, title));
  let pending = [];
  window.Office = {
    HostType: { Word: 'Word' },
    onReady: () => Promise.resolve({ host: 'Word', platform: 'OfficeOnline' }),
    context: {
      requirements: { isSetSupported: (set, version) => set === 'WordApi' && Number(version) <= WORD_API },
      document: {
        settings: {
          get: (name) => record.settings[name],
          set: (name, value) => { record.settings[name] = JSON.parse(JSON.stringify(value)); },
          saveAsync: (callback) => { record.saves += 1; if (callback) callback({ status: 'succeeded' }); },
        },
      },
    },
  };
  window.Word = {
    run: async (callback) => {
      record.runs += 1;
      const controls = { items: undefined, load() { pending.push(() => { controls.items = record.controls.slice(); }); } };
      const document = {
        changeTrackingMode: undefined,
        contentControls: controls,
        load(names) { pending.push(() => { if (String(names).includes('changeTrackingMode')) document.changeTrackingMode = record.trackChanges || 'Off'; }); },
        getSelection: () => ({
          insertOoxml(ooxml, location) {
            pending.push(() => {
              record.operations.push({ on: 'selection', location, ooxml });
              const tag = /<w:tag w:val="([^"]*)"\\/>/.exec(ooxml);
              const alias = /<w:alias w:val="([^"]*)"\\/>/.exec(ooxml);
              if (tag) record.controls.push(makeControl(unescape(tag[1]), alias ? unescape(alias[1]) : ''));
            });
          },
        }),
      };
      const context = { document, sync: async () => { record.syncs += 1; const queued = pending; pending = []; queued.forEach((operation) => operation()); } };
      return callback(context);
    },
  };
})();`;
}
