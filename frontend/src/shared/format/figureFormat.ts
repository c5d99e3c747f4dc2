/**
 * A figure written as the service writes it (backend DisplayFormat): `number` is the value without
 * trailing zeros (6300余个, 63.5%); `wan` is the value in 万 with exactly one decimal (1.6万余名), an
 * exact value rounded half up (away from zero at .5), a 余 value rounded down (toward zero), since
 * "more than" must stay true of the number. Exact decimal arithmetic: no float ever rounds a digit.
 * figureFormat.vectors.json holds the cases both sides are tested against.
 */
export type DisplayFormat = 'number' | 'wan';

export function formatFigure(value: string | number, qualifier: string | null | undefined,
                             unit: string | null | undefined, format: DisplayFormat = 'number'): string {
  const moreThan = qualifier === 'more_than';
  const decimal = parseDecimal(value);
  const number = format === 'wan' ? `${tenths(decimal, moreThan)}万` : plain(decimal);
  return number + (moreThan ? '余' : '') + (unit ?? '');
}

/** A decimal as sign, magnitude and scale: (negative ? -1 : 1) × digits × 10^-scale. */
interface Decimal {
  negative: boolean;
  digits: bigint;
  scale: number;
}

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

function parseDecimal(value: string | number): Decimal {
  // A number's shortest decimal form (String(63.5) is "63.5"); exponents only for the very large or small.
  const text = typeof value === 'number' ? String(value) : value.trim();
  const match = DECIMAL.exec(text);
  if (!match || !`${match[2]}${match[3] ?? ''}`) throw new RangeError(`not a decimal number: ${text}`);
  const [, sign, whole, fraction = '', exponent = '0'] = match;
  let digits = BigInt(`${whole}${fraction}` || '0');
  let scale = fraction.length - Number(exponent);
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { negative: sign === '-' && digits !== 0n, digits, scale };
}

/** BigDecimal.stripTrailingZeros().toPlainString(). */
function plain({ negative, digits, scale }: Decimal): string {
  while (scale > 0 && digits % 10n === 0n) {
    digits /= 10n;
    scale--;
  }
  const text = digits.toString().padStart(scale + 1, '0');
  const whole = text.slice(0, text.length - scale);
  return (negative ? '-' : '') + whole + (scale ? `.${text.slice(-scale)}` : '');
}

/** value / 10000 at one decimal: BigDecimal.divide(10000).setScale(1, HALF_UP, or DOWN for 余).toPlainString(). */
function tenths({ negative, digits, scale }: Decimal, down: boolean): string {
  // value / 10000 = digits × 10^-(scale + 4); keep one decimal of it, on the magnitude.
  const divisor = 10n ** BigInt(scale + 3);
  let kept = digits / divisor;
  if (!down && (digits % divisor) * 2n >= divisor) kept++;
  const sign = negative && kept !== 0n ? '-' : '';
  return `${sign}${kept / 10n}.${kept % 10n}`;
}
