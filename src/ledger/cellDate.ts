// A date as a unit writes it in a spreadsheet: a date cell, an Excel serial number, or text as people
// type dates (dates/typed.ts: 2021/6/30, 2021.6.30, 2021-06-30, 2021年6月30日).
import { addDaysIso, type IsoDate } from '../dates/calendar.js';
import { parseTypedDate } from '../dates/typed.js';

export type CellValue = string | number | Date | undefined;

/** Excel's serial 1 is 1900-01-01, but Excel counts a 29 February 1900 that never was: from serial 61
 * on, day 0 is 1899-12-30. Serials below 61 are no date a plan can have. */
const fromSerial = (serial: number): IsoDate | undefined =>
  Number.isInteger(serial) && serial >= 61 && serial < 2_958_466 ? addDaysIso('1899-12-30', serial) : undefined;

/** The calendar date of a cell, or undefined when it is none (or no real day, such as 2021/2/30). */
export function cellDate(value: CellValue): IsoDate | undefined {
  if (value instanceof Date) {
    // A date cell is a day at midnight UTC; a time of day in it (a serial with a fraction) is dropped.
    // Beyond Excel's last day (9999-12-31) the ISO form has a sign and six digits: no date.
    const iso = Number.isNaN(value.getTime()) ? '' : value.toISOString();
    return /^\d{4}-/.test(iso) ? iso.slice(0, 10) : undefined;
  }
  if (typeof value === 'number') return fromSerial(value);
  const text = (value ?? '').trim();
  return /^\d{5}$/.test(text) ? fromSerial(Number(text)) : parseTypedDate(text);
}
