/**
 * The remaining weeks as a strip: where each dated task sits between today and the end, in which lane
 * (tasks close together stack instead of overlapping), and whether it is done, open or overdue. Pure
 * layout in viewBox units; the element draws it as inline SVG.
 */
import { addDays, dayNumber } from '../dates.js';

export interface StripItem {
  id: string;
  text: string;
  due: string;
  done: boolean;
}

export interface StripMark extends StripItem {
  x: number;
  lane: number;
  state: 'done' | 'open' | 'overdue';
}

export interface Strip {
  width: number;
  from: string;
  to: string;
  todayX: number;
  lastDayX?: number;
  /** One tick a week from the first day shown. */
  weeks: { x: number; date: string }[];
  marks: StripMark[];
  lanes: number;
}

/** Lays out dated tasks from the earlier of today and the first task to the later of the last day and the last task. */
export function stripLayout(items: readonly StripItem[], today: string, lastDay?: string, width = 1000, gap = 14): Strip {
  const dated = items.filter((i) => i.due);
  const days = dated.map((i) => dayNumber(i.due));
  const start = Math.min(dayNumber(today), ...days);
  const end = Math.max(start + 7, dayNumber(today), lastDay ? dayNumber(lastDay) : -Infinity, ...days);
  // Room for the first and last week's date labels, centred on their tick.
  const pad = 48;
  const x = (day: number) => pad + ((day - start) / (end - start)) * (width - 2 * pad);
  const from = addDays(today, start - dayNumber(today));
  const to = addDays(today, end - dayNumber(today));
  const laneEnds: number[] = [];
  const marks = [...dated]
    .sort((a, b) => a.due.localeCompare(b.due))
    .map((i) => {
      const mx = x(dayNumber(i.due));
      let lane = laneEnds.findIndex((e) => mx - e >= gap);
      if (lane < 0) lane = laneEnds.push(-Infinity) - 1;
      laneEnds[lane] = mx;
      const state: StripMark['state'] = i.done ? 'done' : i.due < today ? 'overdue' : 'open';
      return { ...i, x: mx, lane, state };
    });
  const weeks: Strip['weeks'] = [];
  for (let d = start; d <= end; d += 7) weeks.push({ x: x(d), date: addDays(from, d - start) });
  return { width, from, to, todayX: x(dayNumber(today)), lastDayX: lastDay ? x(dayNumber(lastDay)) : undefined, weeks, marks, lanes: Math.max(1, laneEnds.length) };
}
