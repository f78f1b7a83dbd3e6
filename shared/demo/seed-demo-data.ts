import type { AuditEvent } from '../src/domain/audit/audit-event';
import { OUTCOME_LABELS, OUTCOME_STAGE, type Decision } from '../src/domain/decisions/decision';
import type { Meeting } from '../src/domain/meetings/meeting';
import type { ProjectRequest } from '../src/domain/requests/project-request';
import { formatRequestReference } from '../src/domain/requests/request-reference';
import type { Risk } from '../src/domain/risks/risk';
import { scoreRequest } from '../src/domain/scoring/score-request';
import { MAX_TRANSACTION_SIZE } from '../src/adapters/storage/table-store';
import type { Repositories, WriteOperation } from '../src/domain/ports/repositories';
import type { Person } from '../src/domain/requests/project-request';
import { DEMO_CONSTITUTIONS, demoRoutingFor } from './demo-constitution';
import { demoEstateOperations } from './build-demo-estate';
import { DEMO_EPOCH, buildDemoOrganisations, type DemoOrganisation, type DemoRequester } from './demo-data';
import { DEMO_USERS, demoGuid, type DemoUser } from './demo-users';
import { demoBenefitFields, demoBenefitReviewOps } from './demo-benefits';
import { demoDecisionMeeting } from './demo-decision-meetings';

export interface SeedResult {
  organisationId: string;
  seeded: boolean;
  requests: number;
}

/**
 * Writes the demo organisations the first time. The organisation record is written last and
 * marks the seed as done, so a second start adds nothing and never undoes changes made since.
 */
export async function seedDemoData(repos: Repositories): Promise<SeedResult[]> {
  const results: SeedResult[] = [];
  for (const demo of buildDemoOrganisations()) {
    const existing = await repos.organisations.get(demo.organisation.id, demo.organisation.id);
    if (existing) {
      results.push({ organisationId: demo.organisation.id, seeded: false, requests: 0 });
      continue;
    }
    const operations = buildSeedOperations(repos, demo);
    for (let start = 0; start < operations.length; start += MAX_TRANSACTION_SIZE) {
      await repos.commit(demo.organisation.id, operations.slice(start, start + MAX_TRANSACTION_SIZE), 'demo data');
    }
    await repos.saveOrganisation(demo.organisation);
    results.push({ organisationId: demo.organisation.id, seeded: true, requests: demo.requests.length });
  }
  return results;
}

function toPerson(requester: DemoRequester, people: readonly DemoUser[]): Person {
  const user = 'key' in requester ? people.find((candidate) => candidate.key === requester.key) : undefined;
  if (user) return { id: user.id, name: user.name, email: user.email, department: user.department, jobTitle: user.jobTitle };
  const officer = requester as Extract<DemoRequester, { name: string }>;
  return { id: demoGuid(`requester:${officer.name}`), name: officer.name, department: officer.department, jobTitle: officer.jobTitle };
}

function buildSeedOperations(repos: Repositories, demo: DemoOrganisation): WriteOperation[] {
  const organisationId = demo.organisation.id;
  const people = DEMO_USERS.filter((user) => user.organisationId === organisationId);
  const ict = people.find((user) => user.roles.includes('ICT')) ?? people[0]!;
  const chair = people.find((user) => user.roles.includes('SteeringChair')) ?? people[0]!;
  const operations: WriteOperation[] = [repos.strategies.upsertOp(demo.strategy), ...demo.actions.map((action) => repos.actions.upsertOp(action))];
  const audit = (entity: AuditEvent['entity'], entityId: string, kind: AuditEvent['kind'], actor: { id: string; name: string }, at: string, summary: string) =>
    repos.audit.upsertOp({ id: demoGuid(`audit:${organisationId}:${entityId}:${kind}`), organisationId, entity, entityId, kind, actor, at, summary, changes: [] });

  const meetings: Meeting[] = demo.meetings.map((meeting, index) => ({
    id: demoGuid(`meeting:${organisationId}:${index}`),
    organisationId,
    forum: meeting.forum,
    title: meeting.title,
    startsAt: meeting.startsAt,
    status: meeting.status,
    agenda: [],
    attendees: meeting.attendees,
    createdAt: DEMO_EPOCH,
    updatedAt: DEMO_EPOCH,
  }));
  const decidedAt = new Map<string, string[]>();

  const requests: ProjectRequest[] = demo.requests.map((demoRequest, index) => {
    const requester = toPerson(demoRequest.requester, people);
    const id = formatRequestReference(2026, index + 1);
    const decision = demoRequest.decision;
    const request: ProjectRequest = {
      ...demoRequest.fields,
      id,
      organisationId,
      requester,
      stage: demoRequest.stage,
      stageChangedAt: decision?.at ?? demoRequest.submittedAt,
      submittedAt: demoRequest.submittedAt,
      createdAt: demoRequest.submittedAt,
      updatedAt: decision?.at ?? demoRequest.submittedAt,
      ...demoBenefitFields(organisationId, demoRequest.fields.title),
      ...demoRoutingFor(demoRequest.fields.title),
      ...(demoRequest.ratings
        ? { score: scoreRequest({ ratings: demoRequest.ratings }, demo.organisation.scoringWeights, { id: ict.id, name: ict.name }, demoRequest.submittedAt) }
        : {}),
      ...(demoRequest.budgetProfile ? { budgetProfile: demoRequest.budgetProfile } : {}),
      ...(demoRequest.partnerShares ? { partnerShares: demoRequest.partnerShares } : {}),
    };
    operations.push(audit('request', id, 'created', { id: requester.id, name: requester.name }, demoRequest.submittedAt, `Submitted by ${requester.name}`));
    if (decision) {
      const takenAt = demoDecisionMeeting(meetings, organisationId, demo.decisionMeetings, decision.at);
      decidedAt.set(takenAt.id, [...(decidedAt.get(takenAt.id) ?? []), id]);
      const record: Decision = {
        id: demoGuid(`decision:${organisationId}:${id}`),
        organisationId,
        requestId: id,
        requestTitle: request.title,
        outcome: decision.outcome,
        reason: decision.reason,
        ...(decision.conditions ? { conditions: decision.conditions } : {}),
        meetingId: takenAt.id,
        recordedBy: { id: chair.id, name: chair.name },
        recordedAt: decision.at,
        fromStage: 'ready_for_decision',
        toStage: OUTCOME_STAGE[decision.outcome],
      };
      request.latestDecisionId = record.id;
      operations.push(...repos.decisionOps(record, 'upsert'));
      operations.push(audit('request', id, 'decision_recorded', { id: chair.id, name: chair.name }, decision.at, `${OUTCOME_LABELS[decision.outcome]}: ${decision.reason}`));
    }
    operations.push(repos.requests.upsertOp(request), ...repos.requestIndexOps(request, 'upsert'));
    return request;
  });

  operations.push(...demoBenefitReviewOps(repos, requests));
  for (const meeting of meetings) {
    // The demo's own meetings take their agenda by stage; every meeting also had the requests decided at it.
    const stages = demo.meetings[meetings.indexOf(meeting)]?.agendaStages ?? [];
    const decided = decidedAt.get(meeting.id) ?? [];
    meeting.agenda = [...new Set([...decided, ...requests.filter((request) => stages.includes(request.stage)).map((request) => request.id)])];
    operations.push(repos.meetings.upsertOp(meeting));
  }
  demo.risks.forEach((demoRisk, index) => {
    const risk: Risk = {
      id: `R${String(index + 1).padStart(3, '0')}`,
      organisationId,
      reference: `ICT-R${String(index + 1).padStart(2, '0')}`,
      title: demoRisk.title,
      likelihood: demoRisk.likelihood,
      impact: demoRisk.impact,
      owner: demoRisk.owner,
      mitigation: demoRisk.mitigation,
      ...(demoRisk.requestIndex !== undefined ? { requestId: requests[demoRisk.requestIndex]!.id } : {}),
      ...(demoRisk.themeId ? { themeId: demoRisk.themeId } : {}),
      ...(demoRisk.target ? { target: demoRisk.target } : {}),
      status: 'open',
      createdAt: DEMO_EPOCH,
      updatedAt: DEMO_EPOCH,
    };
    operations.push(repos.risks.upsertOp(risk));
  });
  for (const capacity of demo.capacity) operations.push(repos.capacity.upsertOp({ ...capacity, id: capacity.quarterId }));
  operations.push(repos.counters.upsertOp({ id: 'request-2026', organisationId, value: requests.length }));
  const constitution = DEMO_CONSTITUTIONS[organisationId];
  if (constitution) operations.push(repos.constitution.upsertOp({ ...constitution, id: 'constitution', organisationId, updatedAt: DEMO_EPOCH }));
  operations.push(...demoEstateOperations(repos, organisationId));
  return operations;
}
