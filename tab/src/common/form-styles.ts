import { makeStyles, tokens } from '@fluentui/react-components';

/** The layout of the tab's record forms: a bordered panel, fields in wrapping rows, actions last. */
export const useFormStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: '12px', maxWidth: '960px', border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, padding: '12px 16px', margin: '12px 0 24px 0' },
  row: { display: 'flex', flexWrap: 'wrap', gap: '12px', alignItems: 'flex-start' },
  wide: { minWidth: '320px', flexGrow: 1 },
  actions: { display: 'flex', gap: '8px' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});
