import { DEMO_ORGANISATIONS, DEMO_USERS, type DemoUser } from '@entrance-hall/shared/demo/demo-users';

/** The Playground's own names for its chats. */
export const PLAYGROUND_CHATS = { personal: 'personal-chat-id', group: 'group-chat-id', team: 'team-id' } as const;

/** The bot as the Playground knows it (for @mentions). */
export const PLAYGROUND_BOT = { id: '28:entrance-hall-bot', name: 'Entrance Hall' } as const;

/** The Playground's id (its channel account id) for a demo user. */
export function playgroundUserId(user: Pick<DemoUser, 'key'>): string {
  return `user-${user.key.replace(/[^a-z0-9]/g, '-')}`;
}

function asPlaygroundUser(user: DemoUser) {
  const [givenName, ...rest] = user.name.split(' ');
  return {
    id: playgroundUserId(user),
    name: user.name,
    userPrincipleName: user.email,
    aadObjectId: user.id,
    givenName: givenName ?? user.name,
    surname: rest.join(' ') || user.name,
    email: user.email,
  };
}

/**
 * The Playground's `.m365agentsplayground.yml` for one demo council: its tenant, the signed-in
 * officer and exactly five colleagues (the Playground insists on five), with the demo users'
 * Entra object ids, so the bot sees the same people as the API. JSON is valid YAML.
 */
export function buildPlaygroundConfig(organisation: keyof typeof DEMO_ORGANISATIONS = 'ashcombe', currentUserKey = 'priya.shah'): string {
  const tenantId = DEMO_ORGANISATIONS[organisation].tenantId;
  const people = DEMO_USERS.filter((user) => user.tenantId === tenantId);
  const current = people.find((user) => user.key === currentUserKey);
  if (!current) throw new Error(`${currentUserKey} is not a demo user of ${organisation}.`);
  const others = people.filter((user) => user !== current);
  while (others.length < 5) others.push({ ...others[others.length % Math.max(1, others.length)]!, key: `guest-${others.length}`, id: `00000000-0000-4000-8000-00000000000${others.length}` });
  return JSON.stringify(
    {
      version: '0.1.1',
      tenantId,
      bot: { ...PLAYGROUND_BOT },
      currentUser: asPlaygroundUser(current),
      users: others.slice(0, 5).map(asPlaygroundUser),
      personalChat: { id: PLAYGROUND_CHATS.personal },
      groupChat: { id: PLAYGROUND_CHATS.group, name: 'Revenues project team' },
      team: { id: PLAYGROUND_CHATS.team, name: 'Ashcombe ICT', aadGroupId: '00000000-0000-4000-8000-000000000031', channels: [{ id: 'channel-requests-id', name: 'Project requests' }] },
    },
    null,
    2,
  );
}
