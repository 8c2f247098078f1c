// cli-table3 publishes types for its table only; this is the one helper plancheck uses from its utils.
declare module 'cli-table3/src/utils.js' {
  const utils: { strlen(text: string): number };
  export default utils;
}
