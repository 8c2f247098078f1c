// Every sentence plancheck says about a finding, in Chinese: the same exhaustive switch as en.ts.
import type { Finding } from '../findings.js';
import { escapeArgs } from './quote.js';

const TYPE_WORDS: Record<string, string> = {
  object: '映射（“键: 值”行）', array: '列表', string: '文本', integer: '整数', number: '数字', boolean: 'true 或 false', null: '空值',
};

/** The system's error codes, as a reader would say them. */
const ERRNO_WORDS: Record<string, string> = {
  ENOENT: '路径不存在', EACCES: '无权限', EPERM: '无权限', EISDIR: '这是目录，不是文件',
  ENOTDIR: '路径中有一段不是目录', ELOOP: '符号链接过多（循环？）', EIO: '输入输出错误',
};

/** A file plancheck could not write. */
export const describeOutputError = (file: string, code: string): string => `无法写入 ${file}：${ERRNO_WORDS[code] ?? code}`;

const schemaDetail = (f: Finding): string => {
  const { subject, expected, actual } = f.args;
  switch (f.args.detail) {
    case 'unknown-field': return `${subject} 中有未知字段“${actual}”`;
    case 'missing-field': return `${subject} 缺少必填字段“${expected}”`;
    case 'enum': return `${subject} 为“${actual}”，应为以下之一：${expected}`;
    case 'date': return `${subject} 为“${actual}”，不是日历日期（YYYY-MM-DD）`;
    case 'type': return actual === 'null' && subject === '(top level)'
      ? '文件为空（或只有注释）'
      : `${subject} 为${TYPE_WORDS[actual ?? ''] ?? actual}，应为${(expected ?? '').split(',').map((t) => TYPE_WORDS[t] ?? t).join('或')}`;
    case 'pattern': return `${subject} 为“${actual}”，不符合格式 ${expected}`;
    default: return `${subject}：${actual}`;
  }
};

/** A long quotation cut to its start: enough to find it. */
const clip = (s: string, n: number): string => ([...s].length > n ? `${[...s].slice(0, n).join('')}…` : s);

const didYouMean = (closest: string[] | undefined): string => (closest && closest.length ? `（是否指 ${closest.join('、')}？）` : '');

/** The header fields of report.yaml, as the circular names them. */
const HEADER_FIELDS: Record<string, string> = { issuer: '发文单位', number: '期号', date: '印发日期' };
const headerFields = (keys: string | undefined): string => (keys ?? '').split(',').map((k) => HEADER_FIELDS[k] ?? k).join('、');

const ROLES: Record<string, string> = { 'status file': '进度文件', 'plans folder': '计划目录', '--lights': '--lights 设置文件', file: '文件' };

function fileUnreadable(role: string, file: string, code: string | undefined): string {
  const what = `${ROLES[role] ?? role} ${file}`;
  switch (code) {
    case 'ENOENT': return `${what} 不存在`;
    case 'EISDIR': return `${what} 是目录`;
    case 'ENOTDIR': return `${what} 不是目录`;
    case 'EACCES': case 'EPERM': return `${what} 无读取权限`;
    case 'ELOOP': return `${what} 是循环的符号链接`;
    default: return `${what} 无法读取（${code}）`;
  }
}

/** What a finding says, with every value it quotes escaped and cut short. */
export const describe = (f: Finding): string => words({ ...f, args: escapeArgs(f.args) });

function words(f: Finding): string {
  const { subject, expected, actual, detail, closest } = f.args;
  switch (f.code) {
    case 'FILE_UNREADABLE': return `${fileUnreadable(subject ?? 'file', actual ?? '', detail)}${expected ? `（plancheck 自带此文件，位于 ${expected}）` : ''}`;
    case 'FILE_NOT_UTF8': return '文件不是 UTF-8 文本：请另存为 UTF-8';
    case 'FILE_TOO_LARGE': return `文件有 ${actual} 字节，超过计划或进度文件的上限 ${expected} 字节`;
    case 'YAML_SYNTAX': return subject === 'ALIAS_COUNT'
      ? 'YAML 别名（*name）过多：展开后远超任何计划，请直接写出取值'
      : `YAML 语法错误：${detail}`;
    case 'SCHEMA': return schemaDetail(f);
    case 'PLAN_DUPLICATE_ID': return `计划编号 ${subject} 也被 ${actual} 使用`;
    case 'TASK_DUPLICATE_ID': return `编号 ${subject} 重复使用${actual ? `（首次在 ${actual}）` : ''}：编号在所有计划中必须唯一`;
    case 'MILESTONE_DUPLICATE_ID': return `节点编号 ${subject} 在本任务中重复使用`;
    case 'COUNTY_NO_REGISTRY': return `县“${subject}”没有单位名录 plans/${subject}/units.yaml${didYouMean(closest)}`;
    case 'WORKSPACE_NO_PLANS': return `工作区列出的 ${subject} 没有 plans 文件夹：县的仓库应有 plans/ 和 status.yaml（由 plancheck init 生成）`;
    case 'WORKSPACE_COUNTY_TWICE': return `县 ${subject} 也在 ${actual} 中：每个县只能在工作区的一个仓库中`;
    case 'UNIT_UNKNOWN': return `单位“${subject}”不在名录 ${expected} 中${didYouMean(closest)}`;
    case 'UNIT_DUPLICATE': return actual ? `写法“${subject}”同属两个单位：${actual}` : `单位编号 ${subject} 重复使用`;
    case 'STATEMENT_ROW_UNKNOWN': return `${subject}：时限表述指向附件行“${actual}”，但本任务的附件行只有（${expected || '无'}）`;
    case 'STATEMENT_MISSING_FIELD': return `${subject}：${actual} 类时限表述需要“${expected}”`;
    case 'DATE_DISAGREES_WITH_PHRASE': return `${subject}：“${detail}”应读作 ${expected}（依次为类型、到期、起始、周期），计划却写作 ${actual}`;
    case 'PHRASE_NOT_UNDERSTOOD': return `${subject}：时限表述“${actual}”不在已定义的表述之列，其日期未核对`;
    case 'TARGET_VALUE_MISSING': return `${subject}：目标需要取值，或以 unstated 记下推迟取值的原文`;
    case 'TEXT_NOT_IN_SOURCE': return `${subject}：此文本不在来源文件 ${expected} 中。最接近的段落（第 ${detail} 行）：${actual}`;
    case 'SOURCE_FILE_MISSING': return `来源文件 ${subject} 不存在`;
    case 'STATUS_UNKNOWN_TASK': return `没有任务 ${subject}${didYouMean(closest)}`;
    case 'STATUS_UNKNOWN_MILESTONE': return `${subject}：没有这个节点（本任务的节点为 ${expected}）`;
    case 'STATUS_MILESTONE_REQUIRED': return `任务 ${subject} 有多个节点（${expected}）：请写明是哪一个`;
    case 'STATUS_UNKNOWN_OCCURRENCE': return expected
      ? `${subject} 定期重复：“occurrence”应为 ${expected} 之一${actual ? `，而不是 ${actual}` : ''}`
      : `${subject} 不重复：请删去“occurrence: ${actual}”`;
    case 'STATUS_UNKNOWN_TARGET': return `${subject}：没有这个目标（${expected ? `已有：${expected}` : '本任务没有目标'}）`;
    case 'FILE_NOT_REGULAR': return '不是普通文件（管道、设备或套接字）：plancheck 只读取文件';
    case 'FILE_OUTSIDE': return `符号链接指向 ${expected} 之外：plancheck 只读取其中的文件`;
    case 'PLANS_NONE': return '这里没有县目录（plans/<县>/units.yaml 及其计划）：无可检查';
    case 'TEXT_CONTROL_CHARACTER': return `${subject} 含控制字符 ${actual}：请删除（文本中只能有换行）`;
    case 'DATE_BEFORE_ERA': return `${subject}：${actual} 早于 ${expected}，早于任何计划：是否年份笔误？`;
    case 'SENTENCE_READ_TWO_WAYS': return `${subject}：“${clip(detail ?? '', 40)}”此处读作${actual}，而同一句话在 ${expected}；请统一读法，或在 readsDifferently 中记录有意的不同`;
    case 'LEDGER_NOT_A_LEDGER': return `${subject}：不是 plancheck ledger 生成的台账（没有含“${expected}”列的表头）`;
    case 'LEDGER_OTHER_PLANS': return `${subject}：这是 ${actual} 的台账，不在本处的计划（${expected}）之中：请导入该县的进度文件，或用 plancheck ledger 重新生成台账`;
    case 'LEDGER_UNKNOWN_KEY': return `${subject}：键“${actual}”不对应任何${detail === 'occurrence' ? '期次' : detail === 'milestone' ? '节点' : '任务'}；是否改动了该行的键？请从新台账中取该行`;
    case 'LEDGER_ODS': return `${subject} 是 LibreOffice 的 .ods 表格，plancheck 读 .xlsx 和 .csv：请在 LibreOffice 中“文件 → 另存为”，文件类型选“Excel 2007-365 (.xlsx)”，再导入该 .xlsx 文件`;
    case 'LEDGER_ENCODING': return `${subject} 不是 UTF-8，已按 ${actual} 编码读取（Excel、WPS 在中文 Windows 上另存的“CSV（逗号分隔）”即是此编码）`;
    case 'LEDGER_BAD_STATE': return `${subject}：“${actual}”不在 ${expected} 之中`;
    case 'LEDGER_BAD_VERDICT': return `${subject}：“${actual}”既不是核实销号，也不是写明原因的退回（退回：原因）`;
    case 'LEDGER_BAD_DATE': return `${subject}：“${actual}”不是日期；请写 2021-06-30、2021/6/30、2021.6.30 或 2021年6月30日（或用日期单元格）`;
    case 'LEDGER_DATE_IN_FUTURE': return `${subject}：${actual} 晚于今天（${expected}）`;
    case 'LEDGER_DATE_BEFORE_ISSUE': return `${subject}：${actual} 早于计划印发日（${expected}）`;
    case 'STATUS_DUE_BEFORE_ISSUE': return `${subject}：新的完成时限 ${actual} 早于计划印发日（${expected}）`;
    case 'LEDGER_CONFLICTING_ROWS': return `${subject}：与第${actual}行是同一节点，但完成情况或日期不同；请只保留一行`;
    case 'LEDGER_UNCLOSED_QUOTE': return `${subject}：此处开始的引号（"）没有结束，其后各行将会丢失`;
    case 'LEDGER_DONE_WITHOUT_DATE': return `${subject}：已完成须填写完成日期`;
    case 'TASK_TITLE_TODO': return `${subject}：标题仍是草稿的 TODO；请写一个简短标题`;
    case 'TODO_LEFT': return `${subject}：草稿留待人工处理的 TODO：${clip(actual ?? '', 60)}；处理后删去 TODO`;
    case 'DRAFT_UNIT_UNKNOWN': return `单位“${subject}”不在名录 ${expected} 中${didYouMean(closest)}：未计入任务单位，已留 TODO 备注`;
    case 'DRAFT_BRACKET_UNREAD': return `单位括注“${subject}”没有可识别的角色（责任单位、牵头单位、配合单位）：其单位留待人工确定`;
    case 'DRAFT_ROW_UNSPLIT': return `表格行无法拆分为表格各列（${detail}）：${subject}`;
    case 'DRAFT_NO_PLAN': return `未找到计划：${detail}`;
    case 'STATUS_DATE_IN_FUTURE': return `${subject}：日期 ${actual} 晚于今天（${expected}）`;
    case 'STATUS_VALUE_KIND': return `${subject}：取值“${actual}”不是${expected === 'class-or-better' ? '水质类别（如 Ⅲ）' : '数字'}，而此目标需要`;
    case 'STATUS_FILE_MISSING': return detail === 'repository'
      ? `没有 ${subject}：该仓库各县的所有任务按未开始计`
      : `这里没有 ${subject}：所有任务按未开始计；用 --status 文件 指定进度文件`;
    case 'REPORT_HEADER_MISSING': return detail === 'absent'
      ? `这里没有 ${subject}：通报没有${headerFields(expected)}和落款；在 ${subject} 中写明 ${expected?.split(',').map((k) => `${k}:`).join(' ')}（样例见 examples/report.yaml），或用 --header 文件 指定`
      : `${subject} 未写 ${expected?.split(',').join('、')}：通报没有${headerFields(expected)}；请补上（样例见 examples/report.yaml）`;
    case 'STATUS_AFTER_AS_OF': return `${actual} 条进度记录晚于判断日期 ${expected}，未计入`;
    case 'TASK_OVERDUE': return `${subject} 逾期 ${actual} 天（应于 ${expected} 完成）`;
    case 'TASK_SOFT_MISSED': return `${subject} 未达力争时限 ${expected}，已过 ${actual} 天（预警）`;
    case 'TASK_DUE_SOON': return `${subject} 将于 ${actual} 天后到期（${expected}）`;
  }
}
