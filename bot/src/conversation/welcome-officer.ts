import type { AdaptiveCardJson } from '../cards/card-json';
import { buildWelcomeCard } from '../cards/build-welcome-cards';
import { UNKNOWN_NAME, type Turn } from './turn';

/** The welcome card, by first name; install events carry no name, so the directory gives it. */
export async function welcomeOfficer(turn: Turn, notUnderstood = false): Promise<AdaptiveCardJson> {
  const { user } = turn;
  const [profile, { serviceDesk }] = await Promise.all([
    turn.tools.directory.getProfile(user.aadObjectId, user.tenantId).catch(() => undefined),
    turn.tools.settingsOf(turn.principal.organisationId),
  ]);
  const name = profile?.displayName ?? (user.name === UNKNOWN_NAME ? undefined : user.name);
  const firstName = name?.split(' ')[0];
  return buildWelcomeCard({ ...(firstName ? { firstName } : {}), ...(serviceDesk ? { serviceDesk } : {}), notUnderstood });
}
