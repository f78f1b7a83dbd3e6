import { Button, DrawerBody, DrawerHeader, DrawerHeaderTitle, OverlayDrawer } from '@fluentui/react-components';
import type { Theme } from '@entrance-hall/shared/domain/strategy/strategy';
import type { ApiClient } from '../api/api-client';
import type { Me, RequestRecord, RequestSummaryRecord } from '../api/api-types';
import { RequestDetail } from './RequestDetail';

/** The detail panel over the board: a modal drawer, closed with Escape or the Close button. */
export function RequestDetailDrawer(props: { api: ApiClient; me: Me; requestId: string; initial?: RequestSummaryRecord; themes: readonly Theme[]; onChanged: (record: RequestRecord) => void; onClose: () => void }) {
  return (
    <OverlayDrawer open position="end" size="large" onOpenChange={(_event, data) => !data.open && props.onClose()} aria-label={`Request ${props.requestId}`}>
      <DrawerHeader>
        <DrawerHeaderTitle
          action={
            <Button appearance="subtle" onClick={props.onClose}>
              Close
            </Button>
          }
        >
          {props.requestId}
        </DrawerHeaderTitle>
      </DrawerHeader>
      {/* The body scrolls; as a focusable region a keyboard user can scroll it even when it holds
          nothing else to focus (a member's read-only view): axe scrollable-region-focusable. */}
      <DrawerBody tabIndex={0} role="region" aria-label={`Details of ${props.requestId}`}>
        <RequestDetail api={props.api} me={props.me} requestId={props.requestId} initial={props.initial} themes={props.themes} onChanged={props.onChanged} />
      </DrawerBody>
    </OverlayDrawer>
  );
}
