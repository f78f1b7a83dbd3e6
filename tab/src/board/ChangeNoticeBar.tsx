import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { ChangeNotice } from './use-record-change';

/** Tells the person what happened to their last change, in words; announced to screen readers. */
export function ChangeNoticeBar({ notice }: { notice: ChangeNotice | undefined }) {
  const ref = useRef<HTMLDivElement>(null);
  // The form that was used may have gone (a decided request offers no decision form), so focus
  // moves to the outcome: keyboard users keep their place, and Escape still closes the panel.
  useEffect(() => {
    if (notice) ref.current?.focus();
  }, [notice]);
  if (!notice) return null;
  return (
    <div ref={ref} tabIndex={-1}>
      <NoticeMessage notice={notice} />
    </div>
  );
}

function NoticeMessage({ notice }: { notice: ChangeNotice }) {
  if (notice.kind === 'saved') {
    return (
      <MessageBar intent="success" role="status">
        <MessageBarBody>{notice.message}</MessageBarBody>
      </MessageBar>
    );
  }
  if (notice.kind === 'conflict') {
    return (
      <MessageBar intent="warning" role="alert" layout="multiline" data-testid="conflict-notice">
        <MessageBarBody>
          <MessageBarTitle>Changed by someone else.</MessageBarTitle> {notice.message}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{notice.title}.</MessageBarTitle> {notice.detail}
      </MessageBarBody>
    </MessageBar>
  );
}
