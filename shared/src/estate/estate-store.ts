import type { Repositories } from '../adapters/storage/repositories';
import { RecordCollection } from '../adapters/storage/record-collection';
import type { Application } from './application';
import type { OverlapNote } from './overlap-note';
import type { EstateTarget } from './summarise-estate';

/** The estate's records in the organisation's partition: applications, the target, overlap notes under their request. */
export interface EstateStore {
  applications: RecordCollection<Application>;
  targets: RecordCollection<EstateTarget>;
  overlapNotes: RecordCollection<OverlapNote>;
}

/** The one target record of an organisation. */
export const ESTATE_TARGET_ID = 'current';

const stores = new WeakMap<Repositories, EstateStore>();

/** The estate's collections over the same table as every other aggregate (one per Repositories). */
export function estateStore(repos: Repositories): EstateStore {
  let store = stores.get(repos);
  if (!store) {
    store = {
      applications: new RecordCollection<Application>(repos.store, 'application'),
      targets: new RecordCollection<EstateTarget>(repos.store, 'estate-target'),
      overlapNotes: new RecordCollection<OverlapNote>(repos.store, 'overlap-note', (note) => [note.requestId]),
    };
    stores.set(repos, store);
  }
  return store;
}
