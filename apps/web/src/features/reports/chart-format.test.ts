import { describe, expect, it } from 'vitest';
import { axisTickFormatter, barsOnTheirSide } from './chart-format';

describe('axisTickFormatter', () => {
  it('writes ticks in Italian figures, never the English K', () => {
    const it_ = axisTickFormatter('it');
    expect([1000, 3000, 12000].map(it_)).toEqual(['1000', '3000', '12.000']);
    expect(it_(1_250_000).replace(/\s/g, ' ')).toBe('1,3 Mln');
  });

  it('writes ticks in English figures', () => {
    expect([1000, 2.5].map(axisTickFormatter('en'))).toEqual(['1,000', '2.5']);
  });
});

describe('barsOnTheirSide', () => {
  it('turns bars sideways for long or many labels, so labels neither overlap nor look alike', () => {
    expect(barsOnTheirSide(['Segromigno in Monte', 'Segromigno in Piano'])).toBe(true);
    expect(barsOnTheirSide(['a', 'b', 'c', 'd', 'e', 'f', 'g'])).toBe(true);
    expect(barsOnTheirSide(['2027', '2028', '2029'])).toBe(false);
  });
});
