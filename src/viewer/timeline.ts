// Replaying relations in the order they were first reported: the slider's stops are the distinct dates,
// and each stop is the upper bound of the legend's "reported between" filter (view-state's toDate).
import type { KgGraph } from './graph-data.js';

/** The distinct first-report dates of the graph's relations, oldest first. Undated relations add none. */
export function replayDates(graph: KgGraph): string[] {
  const dates = new Set<string>();
  graph.forEachEdge((_edge, attrs) => { if (attrs.firstDate) dates.add(attrs.firstDate); });
  return [...dates].sort();
}

/** The slider's stop for a "to" date: the last date not after it, or the end when there is no bound. */
export function stopForDate(dates: string[], toDate: string): number {
  if (toDate === '') return Math.max(0, dates.length - 1);
  let stop = 0;
  dates.forEach((date, i) => { if (date <= toDate) stop = i; });
  return stop;
}

/** The stop after this one, or null at the end: the play button stops there. */
export function nextStop(dates: string[], stop: number): number | null {
  return stop + 1 < dates.length ? stop + 1 : null;
}
