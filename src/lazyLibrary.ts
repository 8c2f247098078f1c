// Libraries that one output form needs (docx for Word, date-fns for the circular's dates) are required
// when that form is made, not bundled: the bundle holds only what a literal import names, so `plancheck
// due` neither parses nor compiles them.
export const loadLibrary = <T>(name: 'docx' | 'date-fns' | 'date-fns/locale'): Promise<T> => import(name) as Promise<T>;
