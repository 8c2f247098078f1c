// The chat platforms by name: the compiler rejects a target without an adapter.
import { dingtalk } from './dingtalk.js';
import { feishu } from './feishu.js';
import type { Platform, Target } from './platform.js';
import { slack } from './slack.js';
import { wecom } from './wecom.js';

export const PLATFORMS: Record<Target, Platform> = { wecom, dingtalk, feishu, slack };
