import { metrics, type Counter, type Histogram, type MeterProvider } from '@opentelemetry/api';

interface Instruments {
  intakesStarted: Counter;
  intakesCompleted: Counter;
  intakesAbandoned: Counter;
  decisions: Counter;
  notificationLag: Histogram;
  wordRefreshes: Counter;
}

let cached: { provider: MeterProvider; instruments: Instruments } | undefined;

/** Instruments of whichever meter provider is registered now (none locally: no-ops). */
function instruments(): Instruments {
  const provider = metrics.getMeterProvider();
  if (cached?.provider === provider) return cached.instruments;
  const meter = provider.getMeter('entrance-hall');
  const created: Instruments = {
    intakesStarted: meter.createCounter('entrancehall.intakes.started', { description: 'Intake conversations started in Teams' }),
    intakesCompleted: meter.createCounter('entrancehall.intakes.completed', { description: 'Intakes submitted as project requests' }),
    intakesAbandoned: meter.createCounter('entrancehall.intakes.abandoned', { description: 'Intakes the officer cancelled' }),
    decisions: meter.createCounter('entrancehall.decisions', { description: 'Decisions recorded by the steering group' }),
    notificationLag: meter.createHistogram('entrancehall.notifications.delivery_lag', {
      description: 'Time from a request changing to the requester being told in Teams',
      unit: 's',
    }),
    wordRefreshes: meter.createCounter('entrancehall.word.table_refreshes', { description: 'Live tables fetched for a Word report' }),
  };
  cached = { provider, instruments: created };
  return created;
}

/**
 * The few numbers an operator watches: are intakes being finished or given up, are decisions
 * being recorded, are requesters told promptly, is Word being refreshed. Attributes are kept to
 * small fixed sets (never ids or names) so the metrics stay cheap.
 */
export const businessMetrics = {
  intakeStarted: () => instruments().intakesStarted.add(1),
  intakeCompleted: () => instruments().intakesCompleted.add(1),
  intakeAbandoned: () => instruments().intakesAbandoned.add(1),
  decisionRecorded: (outcome: string) => instruments().decisions.add(1, { outcome }),
  notificationDelivered: (changedAt: string, deliveredAt: Date = new Date()) => {
    const lagSeconds = (deliveredAt.getTime() - Date.parse(changedAt)) / 1000;
    if (Number.isFinite(lagSeconds)) instruments().notificationLag.record(Math.max(0, lagSeconds));
  },
  wordTableRefreshed: (format: string) => instruments().wordRefreshes.add(1, { format }),
};
