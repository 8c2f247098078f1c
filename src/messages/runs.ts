// What a run says it did, per language: validate's and trace's closing lines, the files written, what
// mark and import added to the status file.
import type { Entry } from '../model.js';
import { LABELS, plural, type Lang } from './labels.js';

export interface RunWords {
  validateOk: (counties: number, plans: number, tasks: number, milestones: number) => string;
  validateStrict: (warnings: number) => string;
  traceOk: (plans: number) => string;
  traceComplete: (plans: number) => string;
  traceMissing: (plan: string, kind: 'row' | 'item', text: string) => string;
  notEncoded: (n: number) => string;
  addedTo: (file: string) => string;
  /** mark or extend with no status file yet: it is created. */
  createdStatus: (file: string) => string;
  ledgerWrote: (file: string, title: string, rows: number, asOf: string) => string;
  calendarWrote: (file: string, events: number) => string;
  /** notify: what was posted, or that nothing was due to be. */
  delivered: (n: number, platform: string) => string;
  nothingToAnnounce: string;
  /** init and draft: a file written, or kept as it was; what to do next. */
  created: (file: string) => string;
  kept: (file: string) => string;
  /** draft --force: a draft replaced, the titles a person wrote that stayed; the units offered to the registry. */
  replaced: (file: string) => string;
  keptTitles: (n: number) => string;
  offered: (registry: string) => string;
  initNext: (county: string, tarball: string) => string[];
  drafted: (tasks: number, rows: number, phrases: number, undecided: number) => string;
  draftNext: string;
  /** import's sections and lines; a state as the status file has it. */
  state: (state: Entry['state']) => string;
  newEntries: string;
  /** import --office: the verdicts of the office's copy (核实情况). */
  verdicts: string;
  changes: string;
  conflicts: string;
  ignored: string;
  row: (n: number) => string;
  conflict: (later: string) => string;
  same: string;
  noKey: string;
  dryRun: (n: number) => string;
  added: (n: number, file: string) => string;
  nothingToAdd: (file: string) => string;
}

export const RUN_WORDS: Record<Lang, RunWords> = {
  en: {
    validateOk: (c, p, t, m) => `ok: ${plural(c, 'county', 'counties')}, ${plural(p, 'plan')}, ${plural(t, 'task')}, ${plural(m, 'milestone')} checked`,
    validateStrict: (n) => `not ok: ${plural(n, 'warning')}, errors with --strict`,
    traceOk: (p) => `ok: every text of ${plural(p, 'plan')} stands in its source`,
    traceComplete: (p) => `nothing missing: every numbered item and annex row of ${plural(p, 'plan')} is encoded`,
    traceMissing: (plan, kind, text) => `${plan}: ${kind === 'row' ? 'annex row' : 'item'} not encoded: ${text}`,
    notEncoded: (n) => `${n} not encoded`,
    addedTo: (file) => `added to ${file}:`,
    createdStatus: (file) => `created ${file}: there was no status file here`,
    // the sheet's title is the Chinese document's own: not repeated in an English sentence
    ledgerWrote: (file, _title, rows, asOf) => `wrote ${file}: ${plural(rows, 'row')}, as of ${asOf}`,
    calendarWrote: (file, n) => `wrote ${file}: ${plural(n, 'event')}`,
    delivered: (n, platform) => `delivered ${plural(n, 'message')} to ${platform}`,
    nothingToAnnounce: 'nothing to announce',
    created: (file) => `created ${file}`,
    kept: (file) => `kept    ${file} (it exists; --force replaces it)`,
    replaced: (file) => `replaced ${file}`,
    keptTitles: (n) => `; kept ${plural(n, 'title')} a person wrote`,
    offered: (registry) => `offered ${registry}: the units it lacks, as entries to confirm at its end; then draft again with --force`,
    initNext: (county, tarball) => ['Next:',
      '  1. plancheck in the repository, from its tarball (CI installs this file; no registry needed):',
      `       mkdir -p vendor && cp <where you keep it>/${tarball} vendor/`,
      `       npm install --save-dev ./vendor/${tarball}`,
      `  2. before draft, the units: in plans/${county}/units.yaml, uncomment and correct every`,
      '     department your notices name (draft offers those it finds missing, to confirm)',
      "  3. copy each notice's text to sources/, then",
      `       plancheck draft sources/<notice>.txt --county ${county} --year <year> \\`,
      `           --output plans/${county}/`,
      '  4. plancheck validate    # every TODO left to a person, until none is left'],
    drafted: (tasks, rows, phrases, undecided) => `${plural(tasks, 'task')}, ${plural(rows, 'annex row')}, ${plural(phrases, 'date phrase')} (${undecided} left to a person)`,
    draftNext: 'Next: write each TODO title, settle each TODO note and date, then plancheck validate',
    state: (state) => state,
    newEntries: 'new entries',
    verdicts: "the office's verdicts",
    changes: 'changes',
    conflicts: 'conflicts, not written',
    ignored: 'ignored',
    row: (n) => `row ${n}`,
    conflict: (later) => `the status file already has ${later}, as late or later; record a correction with plancheck mark`,
    same: 'already in the status file',
    noKey: 'no key: a row added by hand, which plancheck cannot place; record it with plancheck mark',
    dryRun: (n) => `dry run: ${plural(n, 'entry', 'entries')} would be added; nothing written`,
    added: (n, file) => `added ${plural(n, 'entry', 'entries')} to ${file}`,
    nothingToAdd: (file) => `nothing to add to ${file}`,
  },
  zh: {
    validateOk: (c, p, t, m) => `通过：已检查 ${c} 个县、${p} 个计划、${t} 项任务、${m} 个节点`,
    validateStrict: (n) => `未通过：${n} 个警告，--strict 下按错误计`,
    traceOk: (p) => `通过：${p} 个计划的原文均见于来源文件`,
    traceComplete: (p) => `无遗漏：${p} 个计划的各编号条目和附件行均已录入`,
    traceMissing: (plan, kind, text) => `${plan}：${kind === 'row' ? '附件行' : '条目'}未录入：${text}`,
    notEncoded: (n) => `${n} 处未录入`,
    addedTo: (file) => `已写入 ${file}：`,
    createdStatus: (file) => `已新建 ${file}：此处原无进度文件`,
    ledgerWrote: (file, title, rows, asOf) => `已生成 ${file}：${title}，${rows} 行，截至 ${asOf}`,
    calendarWrote: (file, n) => `已生成 ${file}：${n} 个日程`,
    delivered: (n, platform) => `已向 ${platform} 发送 ${n} 条消息`,
    nothingToAnnounce: '没有需要通知的事项',
    created: (file) => `已新建 ${file}`,
    kept: (file) => `已保留 ${file}（文件已存在，未覆盖；加 --force 可替换）`,
    replaced: (file) => `已替换 ${file}`,
    keptTitles: (n) => `；保留人工填写的标题 ${n} 个`,
    offered: (registry) => `已在 ${registry} 末尾列出登记表缺少的单位，请逐条确认；确认后加 --force 重新起草`,
    initNext: (county, tarball) => ['下一步：',
      '  1. 在仓库中安装 plancheck 安装包（CI 安装的就是这个文件，无需软件源）：',
      `       mkdir -p vendor && cp <安装包所在位置>/${tarball} vendor/`,
      `       npm install --save-dev ./vendor/${tarball}`,
      `  2. 起草之前先登记单位：在 plans/${county}/units.yaml 中取消注释并改正`,
      '     通知中出现的每个部门（draft 会列出登记表缺少的单位，供确认）',
      '  3. 把每份通知的文本复制到 sources/，然后',
      `       plancheck draft sources/<通知>.txt --county ${county} --year <年份> \\`,
      `           --output plans/${county}/`,
      '  4. plancheck validate    # 列出留待人工处理的每个 TODO，直到全部处理完'],
    drafted: (tasks, rows, phrases, undecided) => `${tasks} 项任务、${rows} 个附件行、${phrases} 处时限表述（${undecided} 处留待人工确定）`,
    draftNext: '下一步：补写每个 TODO 标题，确定每个 TODO 备注和时限，然后运行 plancheck validate',
    state: (state) => LABELS.zh.detail.entry[state],
    newEntries: '新增记录',
    verdicts: '核实情况',
    changes: '更新',
    conflicts: '冲突，未写入',
    ignored: '忽略',
    row: (n) => `第${n}行`,
    conflict: (later) => `进度文件已有同日或更晚的记录 ${later}；如需更正，请用 plancheck mark 记录`,
    same: '进度文件中已有',
    noKey: '没有键：手工添加的行，plancheck 无法对应；请用 plancheck mark 记录',
    dryRun: (n) => `试运行：将新增 ${n} 条记录；未写入`,
    added: (n, file) => `已向 ${file} 新增 ${n} 条记录`,
    nothingToAdd: (file) => `${file} 无需更新`,
  },
};
