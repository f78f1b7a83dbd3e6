import { createHash } from 'node:crypto';
import type { DevUser } from '../identity/dev-identity-provider';

/** A stable GUID for a demo name, shaped like an Entra object or tenant id. */
export function demoGuid(name: string): string {
  const hex = createHash('sha1').update(`entrance-hall:${name}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export const DEMO_ORGANISATIONS = {
  ashcombe: { id: 'ashcombe', tenantId: demoGuid('tenant:ashcombe') },
  fenwickMarsh: { id: 'fenwick-marsh', tenantId: demoGuid('tenant:fenwick-marsh') },
} as const;

export interface DemoUser extends DevUser {
  /** The handle used by /dev/token?user=… and the tab's "act as" list. */
  key: string;
}

function user(key: string, organisation: keyof typeof DEMO_ORGANISATIONS, details: Omit<DevUser, 'id' | 'tenantId' | 'organisationId'>): DemoUser {
  const org = DEMO_ORGANISATIONS[organisation];
  return { key, id: demoGuid(`user:${key}`), tenantId: org.tenantId, organisationId: org.id, ...details };
}

/** Demo users covering every role, in two organisations so isolation can be seen. */
export const DEMO_USERS: readonly DemoUser[] = [
  user('priya.shah', 'ashcombe', { name: 'Priya Shah', email: 'priya.shah@ashcombe.example.gov.uk', roles: ['Officer'], department: 'Revenues and Benefits', jobTitle: 'Revenues Team Leader' }),
  user('tom.reed', 'ashcombe', { name: 'Tom Reed', email: 'tom.reed@ashcombe.example.gov.uk', roles: ['ICT'], department: 'ICT and Digital', jobTitle: 'ICT Business Partner' }),
  user('helen.morris', 'ashcombe', { name: 'Helen Morris', email: 'helen.morris@ashcombe.example.gov.uk', roles: ['SteeringChair'], department: 'Resources', jobTitle: 'Director of Resources' }),
  user('david.okafor', 'ashcombe', { name: 'David Okafor', email: 'david.okafor@ashcombe.example.gov.uk', roles: ['SteeringMember'], department: 'Housing', jobTitle: 'Head of Housing' }),
  user('sarah.lewis', 'ashcombe', { name: 'Sarah Lewis', email: 'sarah.lewis@ashcombe.example.gov.uk', roles: ['ReportAuthor'], department: 'ICT and Digital', jobTitle: 'Head of ICT and Digital' }),
  user('mark.evans', 'ashcombe', { name: 'Mark Evans', email: 'mark.evans@ashcombe.example.gov.uk', roles: ['Admin'], department: 'ICT and Digital', jobTitle: 'ICT Service Manager' }),
  user('aled.jones', 'fenwickMarsh', { name: 'Aled Jones', email: 'aled.jones@fenwickmarsh.example.gov.uk', roles: ['Officer'], department: 'Planning and Building Control', jobTitle: 'Planning Support Manager' }),
  user('claire.bennett', 'fenwickMarsh', { name: 'Claire Bennett', email: 'claire.bennett@fenwickmarsh.example.gov.uk', roles: ['ICT'], department: 'Shared ICT Service', jobTitle: 'Business Partner' }),
  user('owen.price', 'fenwickMarsh', { name: 'Owen Price', email: 'owen.price@fenwickmarsh.example.gov.uk', roles: ['SteeringChair', 'SteeringMember'], department: 'Corporate Services', jobTitle: 'Chief Operating Officer' }),
  user('fiona.grant', 'fenwickMarsh', { name: 'Fiona Grant', email: 'fiona.grant@fenwickmarsh.example.gov.uk', roles: ['ReportAuthor', 'Admin'], department: 'Shared ICT Service', jobTitle: 'Head of Shared ICT' }),
];

export function findDemoUser(key: string): DemoUser | undefined {
  return DEMO_USERS.find((candidate) => candidate.key === key);
}
