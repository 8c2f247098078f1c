// node:child_process, as commander gets it in the bundle (scripts/build.mjs): loaded on first use.
// commander needs it only for subcommands run as separate programs, which plancheck has none of, and
// loading it (with net, dgram and the streams) is a noticeable part of a short run's start-up.
'use strict';
let real;
module.exports = new Proxy({}, { get: (_, name) => (real ??= require('node:child_process'))[name] });
