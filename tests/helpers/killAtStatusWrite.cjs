// Preloaded (node --require) into a plancheck run by tests/mark-cli.test.ts: the run is killed
// (SIGKILL) after it has written half the new status file's temporary copy, before the rename. The
// failure comes at a fixed point of the write, not after a guessed time.
'use strict';
const fs = require('node:fs');

const statusTemps = new Set();
const open = fs.openSync;
fs.openSync = function (path, ...rest) {
  const fd = open.call(this, path, ...rest);
  if (/\.status\.yaml\.\d+\.\d+\.tmp$/.test(String(path))) statusTemps.add(fd);
  return fd;
};
const write = fs.writeFileSync;
fs.writeFileSync = function (target, data, ...rest) {
  if (typeof target === 'number' && statusTemps.has(target)) {
    const bytes = Buffer.from(data);
    write.call(this, target, bytes.subarray(0, bytes.length >> 1));
    process.kill(process.pid, 'SIGKILL');
  }
  return write.call(this, target, data, ...rest);
};
