import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { describeFailure } from '../api/api-problem';

/** A failed load: what went wrong in words, and a Retry button. Never a blank board. */
export function LoadFailure({ error, onRetry, what }: { error: unknown; onRetry: () => void; what: string }) {
  const { title, detail } = describeFailure(error);
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{`Could not load ${what}: ${title}.`}</MessageBarTitle> {detail}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={onRetry}>
          Retry
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
