import type { Action } from '@entrance-hall/shared/actions/action';
import type { RagStatus } from '@entrance-hall/shared/actions/rag';
import type { AuditEvent } from '@entrance-hall/shared/audit/audit-event';
import type { QuarterDemand } from '@entrance-hall/shared/capacity/capacity-demand';
import type { Decision } from '@entrance-hall/shared/decisions/decision';
import type { Meeting } from '@entrance-hall/shared/meetings/meeting';
import type { ProjectRequest } from '@entrance-hall/shared/requests/project-request';
import type { Risk, RiskLevel } from '@entrance-hall/shared/risks/risk';
import type { Strategy } from '@entrance-hall/shared/strategy/strategy';
import type { Permission } from '@entrance-hall/shared/identity/permissions';

/** Every record the API returns carries the version to send back in If-Match. */
export type WithEtag<T> = T & { etag: string };

export type RequestRecord = WithEtag<ProjectRequest>;
export type MeetingRecord = WithEtag<Meeting>;
export type StrategyRecord = WithEtag<Strategy>;
export type ActionRecord = WithEtag<Action> & { rag: RagStatus };
export type RiskRecord = WithEtag<Risk> & { score: number; level: RiskLevel };
export type { AuditEvent, Decision, QuarterDemand };

export interface ListOf<T> {
  items: T[];
  count: number;
}

/** `GET /api/v1/me`: who is signed in and what they may do. */
export interface Me {
  id: string;
  name: string;
  email?: string;
  organisation: { id: string; name?: string; shortName?: string; serviceAreas?: string[]; partnerCouncils?: string[]; forums?: string[] };
  roles: { id: string; label: string }[];
  permissions: Permission[];
}

/** `GET /dev/users`: the demo people a developer may act as (AUTH_MODE=dev only). */
export type { DevUser } from '@entrance-hall/shared/identity/dev-sign-in-client';
