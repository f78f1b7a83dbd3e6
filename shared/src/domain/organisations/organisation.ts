import type { ScoringWeights } from '../scoring/scoring-criteria';

/** A council, or a shared ICT service of partner councils. Everything else belongs to one. */
export interface Organisation {
  id: string;
  name: string;
  /** Short name used in references and captions ("Ashcombe"). */
  shortName: string;
  /** Microsoft Entra tenant ids whose users belong to this organisation. */
  tenantIds: string[];
  /** Partner councils in a shared service, offered when a request names partners. */
  partnerCouncils: string[];
  /** Service areas offered at intake (Revenues and Benefits, Planning, Housing…). */
  serviceAreas: string[];
  /** Where officers get everyday IT help (laptops, passwords, printers, access): the bot points there. */
  serviceDesk?: ServiceDeskContact;
  /** Steering forums the organisation runs (Digital Group, Corporate ICT Steering Group…). */
  forums: string[];
  scoringWeights: ScoringWeights;
  /** Month the financial year starts (UK councils: 4, April). */
  financialYearStartMonth: number;
  createdAt: string;
  updatedAt: string;
}

/** The council's IT service desk, as officers should be told to reach it. */
export interface ServiceDeskContact {
  name: string;
  phone?: string;
  email?: string;
  /** The self-service portal, when there is one. */
  url?: string;
}
