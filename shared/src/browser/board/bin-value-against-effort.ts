import type { ValueEffortPoint, ValueEffortQuadrant } from './place-value-against-effort';

/** One cell of the aggregated value-against-effort chart: a band of value by a band of ICT days. */
export interface ValueEffortBin {
  /** Score from and to (inclusive), e.g. 80–100. */
  valueFrom: number;
  valueTo: number;
  /** ICT days from and to (inclusive). */
  effortFrom: number;
  effortTo: number;
  count: number;
}

export interface ValueEffortBins {
  /** Bands of value, highest first (the chart's rows, top to bottom). */
  valueBands: { from: number; to: number }[];
  /** Bands of ICT days, lightest first (the chart's columns, left to right). */
  effortBands: { from: number; to: number }[];
  /** bins[row][column], rows as valueBands, columns as effortBands. */
  bins: ValueEffortBin[][];
  /** How many requests in each quadrant (the same split as the dots). */
  quadrantCounts: Record<ValueEffortQuadrant, number>;
  largestCount: number;
}

/**
 * Counts placed requests in a grid of value bands (scores of 0–19, 20–39, …, 80–100) by bands of
 * ICT days of equal whole-day width up to the largest effort, so a chart of a thousand requests
 * shows how many sit where rather than a thousand overlapping dots. Every point falls in exactly
 * one bin.
 */
export function binValueAgainstEffort(points: readonly ValueEffortPoint[], maxEffortDays: number, effortBandCount = 6): ValueEffortBins {
  const valueBands = [80, 60, 40, 20, 0].map((from) => ({ from, to: from === 80 ? 100 : from + 19 }));
  const width = Math.max(1, Math.ceil((Math.max(0, maxEffortDays) + 1) / effortBandCount));
  const effortBands = Array.from({ length: effortBandCount }, (_, index) => ({ from: index * width, to: index * width + width - 1 }));
  const bins = valueBands.map((value) => effortBands.map((effort) => ({ valueFrom: value.from, valueTo: value.to, effortFrom: effort.from, effortTo: effort.to, count: 0 })));
  const quadrantCounts: Record<ValueEffortQuadrant, number> = { quick_win: 0, major_project: 0, fill_in: 0, question: 0 };
  for (const point of points) {
    const value = Math.min(100, Math.max(0, Math.floor(point.value)));
    const row = valueBands.findIndex((band) => value >= band.from);
    const column = Math.min(effortBandCount - 1, Math.floor(Math.max(0, point.effortDays) / width));
    bins[row]![column]!.count += 1;
    quadrantCounts[point.quadrant] += 1;
  }
  return { valueBands, effortBands, bins, quadrantCounts, largestCount: Math.max(0, ...bins.flat().map((bin) => bin.count)) };
}
