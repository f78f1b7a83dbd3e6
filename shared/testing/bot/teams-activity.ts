import { randomUUID } from 'node:crypto';

/** A Teams personal-chat activity from a demo user, as Bot Framework posts it to /api/messages. */
export function teamsActivity(user: { id: string; name: string; tenantId: string }, serviceUrl: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'message',
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    from: { id: `29:${user.id}`, name: user.name, aadObjectId: user.id },
    recipient: { id: '28:entrance-hall', name: 'Entrance Hall' },
    conversation: { id: `a:personal-${user.id}`, conversationType: 'personal', tenantId: user.tenantId },
    channelData: { tenant: { id: user.tenantId } },
    ...overrides,
  };
}
