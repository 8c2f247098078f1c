// Why a chat message could not be delivered, in the run's language. What the server said is quoted as
// it said it (redacted, cut short): only the words around it are plancheck's.
import type { Lang } from './labels.js';

export interface DeliveryWords {
  /** The run's failure: where to (platform and redacted webhook), why, after how many attempts. */
  failed: (where: string, reason: string, attempts: number) => string;
  /** Which message of a run that sends several. */
  part: (k: number, n: number) => string;
  timeout: (ms: number) => string;
  network: (cause: string) => string;
  redirected: (status: number, elsewhere: boolean) => string;
  http: (status: number, said: string) => string;
  errorCode: (code: number, msg: string | undefined) => string;
  empty: string;
  unexpected: (said: string) => string;
}

/** A reason, worded when it is said. */
export type Reason = (w: DeliveryWords) => string;

export const DELIVERY_WORDS: Record<Lang, DeliveryWords> = {
  en: {
    failed: (where, reason, attempts) => `could not deliver to ${where}: ${reason} (${attempts} attempt${attempts > 1 ? 's' : ''})`,
    part: (k, n) => ` (message ${k} of ${n})`,
    timeout: (ms) => `no answer within ${ms} ms`,
    network: (cause) => `network failure (${cause})`,
    redirected: (status, elsewhere) => `HTTP ${status}: redirected ${elsewhere ? 'to another server' : 'elsewhere'}; not followed`,
    http: (status, said) => `HTTP ${status}: ${said}`,
    errorCode: (code, msg) => `error code ${code}${msg ? ` "${msg}"` : ''}`,
    empty: 'an empty answer',
    unexpected: (said) => `unexpected answer: ${said}`,
  },
  zh: {
    failed: (where, reason, attempts) => `未能发送到 ${where}：${reason}（已尝试 ${attempts} 次）`,
    part: (k, n) => `（第 ${k} 条，共 ${n} 条）`,
    timeout: (ms) => `${ms} 毫秒内无应答`,
    network: (cause) => `网络故障（${cause}）`,
    redirected: (status, elsewhere) => `HTTP ${status}：被重定向到${elsewhere ? '其他服务器' : '别处'}，未跟随`,
    http: (status, said) => `HTTP ${status}：${said}`,
    errorCode: (code, msg) => `错误码 ${code}${msg ? `“${msg}”` : ''}`,
    empty: '空应答',
    unexpected: (said) => `无法识别的应答：${said}`,
  },
};
