// Colour is a parameter of every reporter: the CLI decides once (terminal, NO_COLOR, FORCE_COLOR).
import { Chalk, type ChalkInstance } from 'chalk';
import type { State } from '../engine/evaluate.js';
import type { TargetState } from '../engine/targets.js';

export const paint = (color: boolean): ChalkInstance => new Chalk({ level: color ? 1 : 0 });

export function stateColor(c: ChalkInstance, state: State | TargetState): (s: string) => string {
  switch (state) {
    case 'overdue': case 'not-met': return c.red.bold;
    case 'soft-missed': case 'due-soon': case 'done-late': return c.yellow;
    case 'done-on-time': case 'met': return c.green;
    case 'waived': case 'no-fixed-date': case 'no-data': case 'no-value': return c.gray;
    default: return (s) => s;
  }
}
