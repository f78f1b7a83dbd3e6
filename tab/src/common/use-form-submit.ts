import type { FieldError } from '@entrance-hall/shared/domain/errors/app-error';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { ApiProblem, describeFailure } from '../api/api-problem';

/** What the form says above its fields after an attempt: saved, refused, or someone else saved first. */
export type FormNotice = { intent: 'success' | 'error' | 'warning'; title: string; detail?: string };

/**
 * The state every record form of the tab shares: field errors (the domain's own, shown at each
 * field and tied to it by aria-describedby), a notice, and the saving flag. `submit` checks the
 * draft first (nothing is sent while a field is refused), then sends; a refusal from the server is
 * shown the same way, a 412 by `onConflict`, and the typing is always kept. After a refusal the
 * first refused field takes the focus, so a keyboard user lands on it.
 */
export function useFormSubmit(formRef: RefObject<HTMLFormElement | null>) {
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [notice, setNotice] = useState<FormNotice | undefined>();
  const [saving, setSaving] = useState(false);
  const attempts = useRef(0);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (attempt === 0 || errors.length === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt, errors, formRef]);

  const refuse = (found: FieldError[], title = 'Some answers need attention. Nothing was saved.') => {
    setErrors(found);
    setNotice({ intent: 'error', title, detail: found.filter((error) => error.field === '(body)').map((error) => error.message).join(' ') || undefined });
    attempts.current += 1;
    setAttempt(attempts.current);
  };

  const submit = async (options: { check: () => FieldError[]; send: () => Promise<string | undefined>; onConflict: (current: unknown) => FormNotice }) => {
    const found = options.check();
    if (found.length > 0) return refuse(found);
    setSaving(true);
    setNotice(undefined);
    try {
      const saved = await options.send();
      setErrors([]);
      setNotice(saved === undefined ? undefined : { intent: 'success', title: saved });
    } catch (error) {
      if (error instanceof ApiProblem && error.isConflict) {
        setErrors([]);
        setNotice(options.onConflict(error.current));
      } else if (error instanceof ApiProblem && error.errors.length > 0) {
        refuse(error.errors, error.detail || error.title);
      } else {
        const { title, detail } = describeFailure(error);
        setNotice({ intent: 'error', title, detail });
      }
    } finally {
      setSaving(false);
    }
  };

  return { errors, notice, saving, submit, setNotice, clear: () => (setErrors([]), setNotice(undefined)) };
}
