import { isAppError } from '@entrance-hall/shared/domain/errors/app-error';
import type { BotStateStore } from './bot-state-store';
import type { IntakeDraft } from './intake-draft';

/** An activity this officer's turns have handled, kept to ignore Teams re-sending it. */
export interface HandledActivity {
  id: string;
  at: string;
}

/**
 * Everything a turn needs of one officer's conversation, in ONE stored entity: the intake draft
 * and the activities already handled. A turn reads it once and writes it once, with its ETag, so
 * saving the draft and recording the activity as handled are the same write.
 */
export interface OfficerStateValue {
  draft?: IntakeDraft;
  handled?: HandledActivity[];
}

/** At most this many handled activities are kept per officer (Teams re-sends within seconds). */
export const MAX_HANDLED_ACTIVITIES = 50;
/** Writes of handled-only state tried again when another turn of the same officer wrote first. */
const MAX_CLAIM_ATTEMPTS = 4;

export interface OfficerStateOptions {
  store: BotStateStore;
  key: string;
  /** The channel's activity id, when it has one. */
  activityId: string | undefined;
  now: () => string;
  /** How long a handled activity is remembered. */
  retentionMs: number;
}

/** A draft stored before the activity record joined it was the whole value. */
function readValue(value: unknown): OfficerStateValue {
  const stored = value as OfficerStateValue & Partial<IntakeDraft>;
  return stored.step !== undefined && stored.id !== undefined ? { draft: stored as IntakeDraft } : stored;
}

/**
 * One officer's stored state for the length of a turn. Read once at the start; `saveDraft` writes
 * the draft and marks this activity handled in one conditional write; `finish` marks it handled
 * when the turn saved nothing. A write over a newer version fails with `precondition_failed`.
 */
export class OfficerState {
  private value: OfficerStateValue = {};
  private etag: string | null = null;
  private recorded = false;

  private constructor(private readonly options: OfficerStateOptions) {}

  static async load(options: OfficerStateOptions): Promise<OfficerState> {
    const state = new OfficerState(options);
    await state.reload();
    return state;
  }

  get draft(): IntakeDraft | undefined {
    return this.value.draft;
  }

  /** True when this activity was handled already (a re-send): nothing must be done again. */
  get handledBefore(): boolean {
    const id = this.options.activityId;
    return id !== undefined && (this.value.handled ?? []).some((activity) => activity.id === id);
  }

  /** Reads the stored state again (after another turn wrote it first). */
  async reload(): Promise<void> {
    const stored = await this.options.store.readState<unknown>(this.options.key);
    this.value = stored ? readValue(stored.value) : {};
    this.etag = stored?.etag ?? null;
  }

  /** Saves the draft over the version read, recording this activity as handled in the same write. */
  async saveDraft(draft: IntakeDraft): Promise<void> {
    await this.write({ ...this.value, draft: { ...draft, updatedAt: this.options.now() } });
  }

  /**
   * Records the activity as handled when the turn saved nothing else. Returns false when another
   * turn handled this same activity meanwhile (its re-send won the race): the caller answers nothing.
   */
  async finish(): Promise<boolean> {
    if (this.recorded || this.options.activityId === undefined) return true;
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.write(this.value);
        return true;
      } catch (error) {
        if (!isAppError(error) || error.code !== 'precondition_failed' || attempt >= MAX_CLAIM_ATTEMPTS) throw error;
        await this.reload();
        if (this.handledBefore) return false;
      }
    }
  }

  private async write(value: OfficerStateValue): Promise<void> {
    const handled = this.handledWithThis();
    const next: OfficerStateValue = { ...value, ...(handled.length > 0 ? { handled } : {}) };
    this.etag = await this.options.store.writeState(this.options.key, next, this.etag);
    this.value = next;
    this.recorded = true;
  }

  /** The handled activities still within the retention, newest last, with this one added. */
  private handledWithThis(): HandledActivity[] {
    const now = this.options.now();
    const oldest = new Date(Date.parse(now) - this.options.retentionMs).toISOString();
    const kept = (this.value.handled ?? []).filter((activity) => activity.at > oldest);
    const id = this.options.activityId;
    if (id !== undefined && !kept.some((activity) => activity.id === id)) kept.push({ id, at: now });
    return kept.slice(-MAX_HANDLED_ACTIVITIES);
  }
}
