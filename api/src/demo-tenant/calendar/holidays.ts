/** Public holidays the seeded calendars block out, by office country (ISO dates, 2025–2028). */

// Easter-based holidays without computing Easter: four years of the demo's horizon are enough.
const EASTER_MONDAY: Record<number, string> = { 2025: '04-21', 2026: '04-06', 2027: '03-29', 2028: '04-17' };
const GOOD_FRIDAY: Record<number, string> = { 2025: '04-18', 2026: '04-03', 2027: '03-26', 2028: '04-14' };
const ASCENSION: Record<number, string> = { 2025: '05-29', 2026: '05-14', 2027: '05-06', 2028: '05-25' };

const FIXED: Record<string, Array<[string, string]>> = {
  FR: [
    ['01-01', 'Jour de l’an'],
    ['05-01', 'Fête du Travail'],
    ['05-08', 'Victoire 1945'],
    ['07-14', 'Fête nationale'],
    ['08-15', 'Assomption'],
    ['11-01', 'Toussaint'],
    ['11-11', 'Armistice'],
    ['12-25', 'Noël'],
  ],
  GB: [
    ['01-01', "New Year's Day"],
    ['12-25', 'Christmas Day'],
    ['12-26', 'Boxing Day'],
  ],
  US: [
    ['01-01', "New Year's Day"],
    ['07-04', 'Independence Day'],
    ['12-25', 'Christmas Day'],
  ],
  SG: [
    ['01-01', "New Year's Day"],
    ['05-01', 'Labour Day'],
    ['08-09', 'National Day'],
    ['12-25', 'Christmas Day'],
  ],
};

/** The holiday's name on `isoDate` (yyyy-MM-dd) in `country`, or undefined. */
export function publicHoliday(country: string | null, isoDate: string): string | undefined {
  const code = country ?? 'FR';
  const year = Number(isoDate.slice(0, 4));
  const monthDay = isoDate.slice(5);
  const fixed = FIXED[code]?.find(([day]) => day === monthDay);
  if (fixed) return fixed[1];
  if (code === 'FR') {
    if (EASTER_MONDAY[year] === monthDay) return 'Lundi de Pâques';
    if (ASCENSION[year] === monthDay) return 'Ascension';
  }
  if (code === 'GB') {
    if (EASTER_MONDAY[year] === monthDay) return 'Easter Monday';
    if (GOOD_FRIDAY[year] === monthDay) return 'Good Friday';
  }
  if (code === 'SG' && GOOD_FRIDAY[year] === monthDay) return 'Good Friday';
  return undefined;
}
