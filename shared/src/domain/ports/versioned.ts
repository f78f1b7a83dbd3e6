/** A record with the ETag of the version read; every update must name the version it changes. */
export interface Versioned<T> {
  value: T;
  etag: string;
}
