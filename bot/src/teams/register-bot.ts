import restify, { type Request, type Response, type Server } from 'restify';
import type { Logger } from 'pino';
import { sendProblem } from '@entrance-hall/shared/http/api/http-io';
import { appErrors } from '@entrance-hall/shared/domain/errors/app-error';
import type { Config } from '@entrance-hall/shared/adapters/config/config';
import type { DomainContext } from '@entrance-hall/shared/domain/context/domain-context';
import { createPrincipalResolver } from '@entrance-hall/shared/http/identity/resolve-principal';
import type { RoleHolders, UserDirectory } from '@entrance-hall/shared/domain/identity/user-directory';
import { createConversation, explainFailure, type Conversation } from '../conversation/create-conversation';
import { trainedIntentClassifier } from '../language/intent-classifier';
import { createNotificationDelivery } from '../notifications/deliver-notifications';
import { findIctPeople } from '../notifications/find-ict-people';
import { TableBotStorage } from '../storage/table-bot-storage';
import { findActivityProblems } from './find-activity-problems';
import { storageConnectionFrom } from '@entrance-hall/shared/adapters/storage/storage-connection';
import { withActivityTelemetry } from '@entrance-hall/shared/adapters/telemetry/telemetry';
import { createTeamsBot } from './teams-bot';

export interface BotDependencies {
  config: Config;
  context: DomainContext;
  directory: UserDirectory;
  /** Who has the ICT role (told of overdue benefits reviews); without it nobody is told in the bot. */
  roleHolders?: RoleHolders;
  logger: Logger;
}

export interface RegisteredBot {
  /** Delivers pending requester notifications of an organisation now (called after decisions and moves). */
  notifyRequesters: (organisationId: string) => void;
  close: () => Promise<void>;
}

/** Activities are small; anything larger than this is not from Teams. */
const MAX_ACTIVITY_BYTES = 256 * 1024;

/**
 * Mounts the Teams bot at POST /api/messages: bot state in Table Storage (`<prefix>BotState`),
 * the intake conversation, and the scheduled delivery of the requester notifications the API writes.
 */
export function registerBot(server: Server, dependencies: BotDependencies): RegisteredBot {
  const { config, context, directory, roleHolders, logger } = dependencies;
  const log = logger.child({ part: 'bot' });
  const pending = new Set<Promise<unknown>>();
  const track = <T>(work: Promise<T>): void => {
    const settled = work.then(
      () => undefined,
      (error: unknown) => log.error({ err: error }, 'background bot work failed'),
    );
    pending.add(settled);
    void settled.then(() => pending.delete(settled));
  };

  // Storage is connected on first need and again after a failure, so a storage outage at start-up
  // does not leave the bot dead: every turn is still answered, saying what went wrong.
  let connecting: Promise<{ conversation: Conversation; state: TableBotStorage }> | undefined;
  const connected = () => {
    connecting ??= TableBotStorage.connect(storageConnectionFrom(config), config.TABLE_PREFIX).then(
      (state) => ({
        state,
        conversation: createConversation({
          context,
          directory,
          state,
          resolvePrincipal: createPrincipalResolver({ findOrganisationForTenant: (tenantId) => context.repos.organisationForTenant(tenantId) }),
          classify: (text) => trainedIntentClassifier().then((classifier) => classifier.classify(text)),
          activityRetentionMs: config.SEEN_ACTIVITY_RETENTION_HOURS * 3_600_000,
        }),
      }),
      (error: unknown) => {
        connecting = undefined;
        throw error;
      },
    );
    return connecting;
  };
  const bot = createTeamsBot(
    config,
    {
      handleTurn: (turn, input) => connected().then(({ conversation }) => conversation.handleTurn(turn, input), (error: unknown) => explainFailure(error, input)),
    },
    log,
    track,
  );
  // The language model is trained from the corpus while the server starts, not on the first message.
  track(trainedIntentClassifier());
  // Notifications go out on their own schedule (written while the server was down: at start).
  const delivery = createNotificationDelivery({
    context,
    state: () => connected().then(({ state }) => state),
    send: (reference, card) => bot.sendProactive(reference, card),
    logger: log,
    retry: { baseMs: config.NOTIFICATION_RETRY_BASE_MS, maxMs: config.NOTIFICATION_RETRY_MAX_MS },
    concurrency: config.NOTIFICATION_CONCURRENCY,
    retentionDays: config.NOTIFICATION_RETENTION_DAYS,
    ...(roleHolders ? { ictPeople: (organisationId: string) => findIctPeople(context, roleHolders, organisationId) } : {}),
  });
  delivery.start();

  server.post('/api/messages', restify.plugins.bodyParser({ maxBodySize: MAX_ACTIVITY_BYTES, mapParams: false }), (request: Request, response: Response, next: (value?: unknown) => void) => {
    const problems = findActivityProblems(request.body);
    if (problems.length > 0) {
      sendProblem(response, appErrors.validation(problems, 'This is not a Bot Framework activity.'));
      return next();
    }
    withActivityTelemetry(request.body as { id?: unknown; type?: unknown } | undefined, log, () => bot.process(request, response))
      .catch((error: unknown) => {
        log.error({ err: error }, 'bot turn failed');
        if (!response.headersSent) sendProblem(response, error);
      })
      .finally(() => next());
  });

  return {
    notifyRequesters: (organisationId) => track(delivery.deliver(organisationId)),
    close: async () => {
      await delivery.stop();
      await Promise.all([...pending]);
    },
  };
}
