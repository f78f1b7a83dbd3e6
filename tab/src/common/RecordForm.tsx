import type { ReactNode, RefObject } from 'react';
import { useFormStyles } from './form-styles';

/**
 * The frame of the tab's record forms: named by its heading, the browser's own checks off (the
 * domain's schema checks, and says why at each field), submitted by its button or Enter.
 */
export function RecordForm({ formRef, labelledBy, onSubmit, children }: { formRef: RefObject<HTMLFormElement | null>; labelledBy: string; onSubmit: () => void; children: ReactNode }) {
  const styles = useFormStyles();
  return (
    <form
      ref={formRef}
      className={styles.form}
      aria-labelledby={labelledBy}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}
