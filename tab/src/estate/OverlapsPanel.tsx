import { Body1, Button, Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { CAPABILITIES } from '@entrance-hall/shared/domain/estate/application';
import type { OverlapWithNote } from '@entrance-hall/shared/domain/estate/estate-commands';
import { OVERLAP_VERDICTS } from '@entrance-hall/shared/domain/estate/overlap-note';
import { useState } from 'react';
import type { ApiClient } from '../api/api-client';
import { describeFailure } from '../api/api-problem';
import { formatDateTime } from '../common/format';
import { LoadFailure } from '../common/LoadFailure';
import { useLoad } from '../common/use-load';

const useStyles = makeStyles({
  section: { marginTop: '20px' },
  heading: { margin: '0 0 8px 0', fontSize: tokens.fontSizeBase400 },
  list: { margin: 0, paddingLeft: '20px', display: 'flex', flexDirection: 'column', gap: '10px' },
  row: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'flex-end', marginTop: '4px' },
});

function describeMatch(match: OverlapWithNote): string {
  const kind = match.kind === 'application' ? 'Application' : `Request ${match.id}`;
  return `${kind}: ${match.name} (${match.relevance > 0 ? `relevance ${match.relevance} of 100; ` : ''}${match.reasons.join('; ')})`;
}

function OverlapItem({ api, requestId, match, mayNote, onNoted }: { api: ApiClient; requestId: string; match: OverlapWithNote; mayNote: boolean; onNoted: () => void }) {
  const styles = useStyles();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const note = async (verdict: 'replaces' | 'different') => {
    try {
      await api.call('recordOverlapNote', { params: { id: requestId, targetId: match.id }, body: verdict === 'different' ? { verdict, reason } : { verdict } });
      setProblem(undefined);
      onNoted();
    } catch (error) {
      setProblem(describeFailure(error).detail);
    }
  };
  return (
    <li>
      {describeMatch(match)}
      {match.note && (
        <Body1 as="p" block>
          <strong>{OVERLAP_VERDICTS[match.note.verdict]}</strong>
          {match.note.reason ? `: ${match.note.reason}` : ''} ({match.note.by.name}, {formatDateTime(match.note.at)})
        </Body1>
      )}
      {mayNote && (
        <div className={styles.row}>
          <Button size="small" onClick={() => void note('replaces')}>{`This replaces ${match.name}`}</Button>
          <Field label={`Why this is different from ${match.name}`} validationMessage={problem} validationState={problem ? 'error' : 'none'}>
            <Textarea value={reason} onChange={(_event, data) => setReason(data.value)} resize="vertical" />
          </Field>
          <Button size="small" onClick={() => void note('different')}>
            This is different
          </Button>
        </div>
      )}
    </li>
  );
}

/** What the request may duplicate: applications with its capability or a similar name, and similar open requests; ICT notes each at triage. */
export function OverlapsPanel({ api, requestId, mayNote }: { api: ApiClient; requestId: string; mayNote: boolean }) {
  const styles = useStyles();
  const [state, reload] = useLoad((signal) => api.call('listRequestOverlaps', { params: { id: requestId }, signal }), [api, requestId]);
  const headingId = `overlaps-${requestId}`;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        Possible overlaps
      </h3>
      {state.status === 'loading' && <Body1 as="p">Looking for overlaps…</Body1>}
      {state.status === 'failed' && <LoadFailure error={state.error} what="the overlaps" onRetry={() => void reload()} />}
      {state.status === 'ready' &&
        (state.data.applications.length + state.data.requests.length === 0 ? (
          <Body1 as="p" block>No existing application or open request looks like this one.</Body1>
        ) : (
          <>
            {state.data.capability && <Body1 as="p" block>{`Capability: ${CAPABILITIES[state.data.capability].label}.`}</Body1>}
            <ul className={styles.list} data-testid="overlaps">
              {[...state.data.applications, ...state.data.requests].map((match) => (
                <OverlapItem key={`${match.kind}:${match.id}`} api={api} requestId={requestId} match={match} mayNote={mayNote} onNoted={() => void reload()} />
              ))}
            </ul>
          </>
        ))}
    </section>
  );
}
