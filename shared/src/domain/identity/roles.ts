/**
 * Roles are Entra app roles: the `roles` claim of the token. The values are what an
 * administrator assigns in the Entra admin centre.
 */
export const ROLES = ['Officer', 'ICT', 'SteeringChair', 'SteeringMember', 'ReportAuthor', 'Admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  Officer: 'Officer',
  ICT: 'ICT business partner',
  SteeringChair: 'Steering group chair',
  SteeringMember: 'Steering group member',
  ReportAuthor: 'Report author',
  Admin: 'Administrator',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The signed-in person, after their token was verified and their organisation resolved. */
export interface Principal {
  /** Entra object id (`oid`). */
  id: string;
  name: string;
  email?: string;
  tenantId: string;
  organisationId: string;
  roles: Role[];
}
