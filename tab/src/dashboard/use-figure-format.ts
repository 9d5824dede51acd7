import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface FigureFormat {
  /** 4.25 → "4.3" (fr: "4,3"). */
  number(value: number, digits?: number): string;
  /** 72.5 (a percentage already) → "73 %" / "73%". */
  percent(value: number): string;
  /** An NPS with its sign: "+35", "−10". */
  signed(value: number): string;
  /** A KPI's figure in its unit (percentages, out of 5, NPS…). */
  kpi(kind: string, value: number): string;
  /** `2026-03` → "Mar 2026". */
  month(month: string): string;
  /** `2026-03-15` or an instant → "15 Mar 2026". */
  date(iso: string): string;
}

const PERCENT_KINDS = new Set([
  'skill_progression',
  'objective_attainment',
  'retention',
  'feedback_response_rate',
]);

/** Figures written with Intl in the UI language. */
export function useFigureFormat(): FigureFormat {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => {
    const numbers = (digits: number) =>
      new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    const signed = new Intl.NumberFormat(locale, { signDisplay: 'exceptZero', maximumFractionDigits: 0 });
    const month = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
    // A calendar date is read in UTC so no zone shifts it; an instant is shown in the viewer's zone.
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const instant = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const format: FigureFormat = {
      number: (value, digits = 1) => numbers(digits).format(value),
      percent: (value) => percent.format(value / 100),
      signed: (value) => signed.format(value),
      kpi: (kind, value) =>
        PERCENT_KINDS.has(kind)
          ? format.percent(value)
          : kind === 'nps'
            ? format.signed(value)
            : format.number(value, kind === 'average_rating' ? 2 : 1),
      month: (m) => month.format(new Date(`${m}-01T00:00:00Z`)),
      date: (iso) =>
        iso.length === 10 ? day.format(new Date(`${iso}T00:00:00Z`)) : instant.format(new Date(iso)),
    };
    return format;
  }, [locale]);
}
