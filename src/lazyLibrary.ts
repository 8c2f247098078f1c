// Libraries that one command or output form needs (exceljs for the ledger, iconv-lite for a ledger saved
// as GBK, docx for Word, date-fns for
// the circular's dates, yaml's Document API for writing the status file) are required from
// node_modules when first needed, not bundled: the bundle holds what a literal import names, so
// `plancheck due` neither reads nor compiles them.
import { createRequire } from 'node:module';

export type LibraryName = 'docx' | 'date-fns' | 'date-fns/locale/zh-CN' | 'date-fns/locale/en-US' | 'exceljs' | 'iconv-lite' | 'yaml';

export const requireLibrary = <T>(name: LibraryName): T => createRequire(import.meta.url)(name) as T;
