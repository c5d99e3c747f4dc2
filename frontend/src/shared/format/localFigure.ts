import { unitAfterNumber } from '../ui/names';
import { formatFigure, type DisplayFormat } from './figureFormat';

// Made when first needed (English only): a formatter costs a phone's main thread to build.
let englishDigits: Intl.NumberFormat | undefined;

/**
 * A figure in the interface language. Chinese: exactly as the review's text writes it (formatFigure:
 * 1.6万余名). English: the same rounded number in English digits and the unit's English label
 * (over 16,000 persons), since 万 and measure words mean nothing to an English reader.
 */
export function localFigure(value: string | number, qualifier: string | null | undefined, unit: string | null | undefined,
                            format: DisplayFormat, locale: string): string {
  if (locale !== 'en' && !locale.startsWith('en-')) return formatFigure(value, qualifier, unit, format);
  const moreThan = qualifier === 'more_than';
  // The number as the text states it (for 万, its rounded tenths), so both languages say the same amount.
  // (The qualifier rounds: a 余 value down, so "more than" stays true.)
  const stated = formatFigure(value, qualifier, '', format).replace('余', '');
  const amount = format === 'wan' ? Number(stated.replace('万', '')) * 10000 : Number(stated);
  englishDigits ??= new Intl.NumberFormat('en', { maximumFractionDigits: 4 });
  const digits = englishDigits.format(Math.round(amount * 10000) / 10000);
  return `${moreThan ? 'over ' : ''}${digits}${unitAfterNumber(unit, locale)}`;
}
