import { makeStyles, tokens } from '@fluentui/react-components';

/** Styles shared by the charts: each is an SVG with a text alternative and a data table beside it. */
export const useChartStyles = makeStyles({
  figure: { margin: '0 0 24px 0' },
  caption: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400, marginBottom: '8px' },
  svg: { width: '100%', maxWidth: '900px', height: 'auto', display: 'block' },
  legend: { display: 'flex', flexWrap: 'wrap', gap: '16px', listStyleType: 'none', padding: 0, margin: '8px 0' },
  swatch: { display: 'inline-block', width: '14px', height: '14px', marginRight: '6px', verticalAlign: 'middle', border: `1px solid ${tokens.colorNeutralStroke1}` },
  table: { borderCollapse: 'collapse', marginTop: '8px', minWidth: '60%' },
  cell: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '4px 8px', textAlign: 'left' },
  warning: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** Colours by Fluent token, so each chart follows the Teams theme (light, dark, high contrast). */
export const CHART_COLOURS = {
  committed: tokens.colorBrandBackground,
  proposed: tokens.colorBrandBackground2,
  proposedStroke: tokens.colorBrandStroke1,
  overflow: tokens.colorPaletteRedBackground3,
  capacity: tokens.colorNeutralForeground1,
  axis: tokens.colorNeutralStroke1,
  text: tokens.colorNeutralForeground1,
  grid: tokens.colorNeutralStroke2,
};
