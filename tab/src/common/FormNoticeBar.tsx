import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { FormNotice } from './use-form-submit';

/** A form's notice above its fields: an alert when something was refused, a status when saved. */
export function FormNoticeBar({ notice }: { notice: FormNotice | undefined }) {
  if (!notice) return null;
  return (
    <MessageBar intent={notice.intent} role={notice.intent === 'success' ? 'status' : 'alert'} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{notice.title}</MessageBarTitle> {notice.detail}
      </MessageBarBody>
    </MessageBar>
  );
}
