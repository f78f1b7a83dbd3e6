import type { Action } from '@entrance-hall/shared/domain/actions/action';
import type { RagStatus } from '@entrance-hall/shared/domain/actions/rag';
import type { AuditEvent } from '@entrance-hall/shared/domain/audit/audit-event';
import type { QuarterDemand } from '@entrance-hall/shared/domain/capacity/capacity-demand';
import type { Decision } from '@entrance-hall/shared/domain/decisions/decision';
import type { Meeting } from '@entrance-hall/shared/domain/meetings/meeting';
import type { ProjectRequest } from '@entrance-hall/shared/domain/requests/project-request';
import type { RequestSummary } from '@entrance-hall/shared/domain/requests/request-summary';
import type { Risk, RiskLevel } from '@entrance-hall/shared/domain/risks/risk';
import type { Strategy } from '@entrance-hall/shared/domain/strategy/strategy';
import type { Permission } from '@entrance-hall/shared/domain/identity/permissions';

/** Every record the API returns carries the version to send back in If-Match. */
export type WithEtag<T> = T & { etag: string };

export type RequestRecord = WithEtag<ProjectRequest>;
/** A request as the list answers it (the board, charts and agenda picker); the full record is read by id. */
export type RequestSummaryRecord = WithEtag<RequestSummary>;
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
export type { DevUser } from '@entrance-hall/shared/browser/identity/dev-sign-in-client';
