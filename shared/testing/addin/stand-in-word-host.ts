/**
 * A script served in place of office.js that makes the page believe it runs in Word at the given
 * WordApi level (1.4 by default) and records what the task pane does: a stand-in for the host, not
 * for our code. Content controls are created from the OOXML's `w:sdt` (tag and alias), as Word
 * does on insertOoxml, and report their text; the cursor can be put inside a control or a table
 * (`cursor`), a table's text edited (`editControl`), Track Changes switched (`trackChanges`);
 * queued operations take effect at `context.sync()`, and every sync is counted.
 */
export function standInWordHost({ wordApi = '1.4' }: { wordApi?: string } = {}): string {
  return `(() => {
  const WORD_API = ${JSON.stringify(Number(wordApi))};
  const unescape = (value) => value.replace(/&#(\\d+);/g, (entity, code) => String.fromCodePoint(Number(code))).replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const record = { controls: [], operations: [], syncs: 0, runs: 0, settings: {}, saves: 0, trackingModes: [], cursor: {} };
  window.__standInWord = record;
  // Word's text of a control: every w:t, tab-separated (cells), as Word reports it.
  const textOf = (ooxml) => Array.from(ooxml.matchAll(/<w:t[^>]*>([^<]*)<\\/w:t>/g), (match) => unescape(match[1])).join('\t');
  const makeControl = (tag, title) => {
    const control = {
      tag, title, ooxml: '', text: '',
      insertOoxml(ooxml, location) { pending.push(() => { control.ooxml = ooxml; control.text = textOf(ooxml); record.operations.push({ on: tag, location, ooxml }); }); },
      getRange: () => ({ insertOoxml(ooxml, location) { pending.push(() => { record.operations.push({ on: control.tag + ' (after)', location, ooxml }); addFromOoxml(ooxml); }); } }),
    };
    return control;
  };
  // Word makes one content control per w:sdt in the inserted OOXML (a report skeleton holds several).
  const addFromOoxml = (ooxml) => {
    for (const block of ooxml.split('<w:sdt>').slice(1)) {
      const tag = /<w:tag w:val="([^"]*)"\\/>/.exec(block);
      const alias = /<w:alias w:val="([^"]*)"\\/>/.exec(block);
      if (!tag) continue;
      const control = makeControl(unescape(tag[1]), alias ? unescape(alias[1]) : '');
      control.ooxml = block;
      control.text = textOf(block.split('</w:sdt>')[0]);
      record.controls.push(control);
    }
  };
  /** The author types into a table: its text no longer matches what Entrance Hall put there. */
  window.__standInWord.editControl = (tag, extra) => { const control = record.controls.find((item) => item.tag === tag); control.text += extra; };
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
      let loadedMode;
      const document = {
        get changeTrackingMode() { return loadedMode; },
        set changeTrackingMode(mode) { pending.push(() => { record.trackChanges = mode; record.trackingModes.push(mode); }); },
        contentControls: controls,
        load(names) { pending.push(() => { if (String(names).includes('changeTrackingMode')) loadedMode = record.trackChanges || 'Off'; }); },
        getSelection: () => {
          const parentControl = { isNullObject: true, tag: '', title: '', load() { pending.push(() => { const inside = record.cursor.control; parentControl.isNullObject = !inside; parentControl.tag = inside ? inside.tag : ''; parentControl.title = inside ? inside.title : ''; }); } };
          const parentTable = { isNullObject: true, load() { pending.push(() => { parentTable.isNullObject = !record.cursor.inTable; }); } };
          return {
            parentContentControlOrNullObject: parentControl,
            parentTableOrNullObject: parentTable,
            insertOoxml(ooxml, location) {
              pending.push(() => {
                record.operations.push({ on: 'selection', location, ooxml });
                addFromOoxml(ooxml);
              });
            },
          };
        },
      };
      const context = { document, sync: async () => { record.syncs += 1; const queued = pending; pending = []; queued.forEach((operation) => operation()); } };
      return callback(context);
    },
  };
})();`;
}
