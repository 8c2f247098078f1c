// The one hash plancheck keys and checks its caches with.
import { createHash } from 'node:crypto';

export const hashBytes = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');
