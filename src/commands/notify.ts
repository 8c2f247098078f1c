// notify: what fell overdue and what falls due, posted to a group chat's robot (or printed with
// --dry-run). Exit 3 when a message could not be delivered.
import { resolve } from 'node:path';
import { days, statusNotes, type Context } from '../context.js';
import type { PlanWithTexts } from '../model.js';
import { UsageError } from '../errors.js';
import { DEADLINE_WORDS } from '../messages/deadlines.js';
import { RUN_WORDS } from '../messages/runs.js';
import { readAnnounced, writeAnnounced } from '../notify/announcedFile.js';
import { nextAnnounced, type Announced } from '../notify/digest.js';
import { daysBetween } from '../dates/calendar.js';
import type { Item } from '../engine/evaluate.js';
import { composeMessages, reminderMessage, type ChatMessage } from '../notify/message.js';
import { unitReporting } from '../report/monthly.js';
import { reportingDeadline } from '../report/reporting.js';
import { DEFAULT_REPORTING_DAY, loadHeader } from './report.js';
import { dateWriter } from '../dates/writer.js';
import { PLATFORMS } from '../notify/platforms/index.js';
import type { Target } from '../notify/platforms/platform.js';
import { deliver } from '../notify/send.js';
import { splitMessage } from '../notify/split.js';
import { selectedItems } from './views.js';
import type { Output } from './output.js';

export interface NotifyOptions {
  webhook?: string;
  to: Target;
  within?: string;
  perUnit?: boolean;
  baseUrl?: string;
  dryRun?: boolean;
  sinceLast?: string;
  all?: boolean;
  /** Instead of deadlines, remind the units that have not reported this month, before the reporting day. */
  reportingReminder?: boolean;
  /** The circular's settings (report.yaml), for its reporting day. */
  header?: string;
}

/** What notify reads from the environment, resolved by the CLI. */
export interface NotifyEnvironment {
  webhook?: string;
  secret?: string;
  retryDelayMs: number;
  timeoutMs: number;
  debug?: (line: string) => void;
}

const millis = (value: string | undefined, fallback: number, name: string): number => {
  if (value === undefined || value === '') return fallback;
  if (!/^\d+$/.test(value)) throw new UsageError((w) => w.millis(name, value));
  return Number(value);
};

export const notifyEnvironment = (env: NodeJS.ProcessEnv, debug: (line: string) => void): NotifyEnvironment => ({
  ...(env.PLANCHECK_WEBHOOK ? { webhook: env.PLANCHECK_WEBHOOK } : {}),
  ...(env.PLANCHECK_WEBHOOK_SECRET ? { secret: env.PLANCHECK_WEBHOOK_SECRET } : {}),
  retryDelayMs: millis(env.PLANCHECK_RETRY_DELAY_MS, 1000, 'PLANCHECK_RETRY_DELAY_MS'),
  timeoutMs: millis(env.PLANCHECK_WEBHOOK_TIMEOUT_MS, 10_000, 'PLANCHECK_WEBHOOK_TIMEOUT_MS'),
  ...(env.PLANCHECK_DEBUG === '1' ? { debug } : {}),
});

function webhookUrl(option: string | undefined): string {
  if (option === undefined) throw new UsageError((w) => w.webhookMissing);
  let url: URL;
  try {
    url = new URL(option);
  } catch {
    throw new UsageError((w) => w.webhookUrl);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UsageError((w) => w.webhookUrl);
  return url.href;
}

/** The reporting reminder, by the circular's rule (report/reporting.ts): up to the month's reporting day,
 * the units with open milestones and no entry yet this month. After that day, the circular says who was late. */
async function reminders(ctx: Context<PlanWithTexts>, items: Item[], headerFile: string | undefined, withinDays: number): Promise<ChatMessage[]> {
  const { header } = await loadHeader(headerFile, ctx.cwd);
  const month = ctx.asOf.slice(0, 7);
  const deadline = reportingDeadline(month, header.reportingDay ?? DEFAULT_REPORTING_DAY);
  // From --within days before the reporting day to the day itself: a daily job reminds in the last week.
  if (ctx.asOf > deadline || daysBetween(ctx.asOf, deadline) > withinDays) return [];
  const entries = (ctx.status.status.entries ?? []).filter((e) => e.date <= ctx.asOf);
  const counties = new Set(items.map((i) => i.plan.county));
  const missing = unitReporting(ctx.project, items, entries, month, header.reportingDay ?? DEFAULT_REPORTING_DAY, counties.size > 1).filter((u) => u.state === 'missing');
  const dates = dateWriter(ctx.lang);
  return [reminderMessage(missing, dates.day(deadline), ctx.lang)].filter((m): m is ChatMessage => m !== undefined);
}

export async function notifyCommand(ctx: Context<PlanWithTexts>, opts: NotifyOptions, env: NotifyEnvironment): Promise<Output> {
  const platform = PLATFORMS[opts.to];
  const url = opts.dryRun ? undefined : webhookUrl(opts.webhook ?? env.webhook);
  const withinDays = days(opts.within, 7, '--within');
  const stateFile = opts.sinceLast ? resolve(ctx.cwd, opts.sinceLast) : undefined;
  const before: Announced = stateFile ? readAnnounced(stateFile, ctx.cwd) : {};
  const items = selectedItems(ctx);
  const W = DEADLINE_WORDS[ctx.lang];
  const messages = opts.reportingReminder
    ? await reminders(ctx, items, opts.header, withinDays)
    : composeMessages(items, ctx.project, ctx.asOf, {
      lang: ctx.lang, perUnit: opts.perUnit === true, withinDays, announced: opts.all ? {} : before,
      ...(opts.baseUrl ? { baseUrl: opts.baseUrl } : {}),
    });
  const parts = messages.flatMap((m) => splitMessage(m, (part) => platform.fits(platform.payload(part, ctx.lang)), W.part).map((part, k, all) => ({ payload: platform.payload(part, ctx.lang), last: k === all.length - 1, covers: m.covers ?? [] })));
  const payloads = parts.map((p) => p.payload);
  const notes = statusNotes(ctx);
  if (opts.dryRun) {
    const shown = payloads.map((p, k) => `// ${W.dryRun(opts.to, k + 1, payloads.length)}\n${JSON.stringify(p, null, 2)}\n`);
    return { stdout: shown.join('') || `${W.nothingToSend}\n`, exitCode: 0, notes };
  }
  // Each message is recorded as soon as its last part is delivered: a failure later in the run (--per-unit)
  // does not make the next run send it again.
  const remember = stateFile && !opts.reportingReminder;
  let announced = before;
  const delivered = (k: number): void => {
    const part = parts[k];
    if (!remember || !part?.last) return;
    announced = nextAnnounced(announced, part.covers, ctx.asOf);
    writeAnnounced(stateFile, announced, ctx.cwd);
  };
  if (payloads.length) {
    await deliver(opts.to, platform, url as string, payloads, {
      attempts: 3, timeoutMs: env.timeoutMs, retryDelayMs: env.retryDelayMs, now: Date.now, delivered,
      ...(env.secret ? { secret: env.secret } : {}), ...(env.debug ? { debug: env.debug } : {}),
    });
  }
  if (remember) writeAnnounced(stateFile, nextAnnounced(announced, items, ctx.asOf), ctx.cwd);
  const w = RUN_WORDS[ctx.lang];
  return { stdout: `${payloads.length ? w.delivered(payloads.length, opts.to) : w.nothingToAnnounce}\n`, exitCode: 0, notes };
}
