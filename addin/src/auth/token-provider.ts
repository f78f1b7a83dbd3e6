/** Gives the API a bearer token; `refresh` asks for a new one after a 401. */
export type TokenProvider = (options?: { refresh?: boolean }) => Promise<string>;

/** A sign-in failure with a message written for the report author. */
export class SignInError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SignInError';
  }
}
