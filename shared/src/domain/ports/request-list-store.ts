import type { ProjectRequest } from '../requests/project-request';
import type { Versioned } from './versioned';

/**
 * One council's requests as read at one version of its request list. The version is the
 * council's stamp, rewritten in the same transaction as every change to a request, so two reads
 * at the same version saw the same requests.
 */
export interface RequestPortfolio {
  readonly version: string;
  readonly records: readonly Versioned<ProjectRequest>[];
  /** A value worked out from these records (a filtered, sorted list), kept until they change. */
  remember<T>(key: string, compute: () => T): T;
}

/** Where lists of requests are read: the version stamp, the whole portfolio, the key for paging. */
export interface RequestListStore {
  /** The council's request-list version: one point read. Undefined before its first change. */
  version(organisationId: string): Promise<string | undefined>;
  /**
   * Every request of the council. An instance answers from memory when the stamp has not moved
   * since it last read the partition (one point read); otherwise it reads the partition again.
   */
  portfolio(organisationId: string): Promise<RequestPortfolio>;
  /** The council's secret for signing continuation tokens (random, kept in its partition, never sent out). */
  signingKey(organisationId: string): Promise<Uint8Array>;
}
