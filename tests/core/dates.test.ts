import { expect } from '@open-wc/testing';
import { addDays, addMonths, daysBetween, formatDate, formatDateRange, formatRelativeDays, isISODate, todayISO, weekday, workingDaysBetween } from '../../src/core/dates.js';

describe('dates', () => {
  it('accepts only real YYYY-MM-DD dates', () => {
    expect(isISODate('2026-12-18')).to.be.true;
    expect(isISODate('2026-02-30')).to.be.false;
    expect(isISODate('2026-2-3')).to.be.false;
    expect(isISODate('tomorrow')).to.be.false;
    expect(isISODate(20261218)).to.be.false;
  });

  it('does date arithmetic across month ends and DST', () => {
    expect(addDays('2026-03-28', 2)).to.equal('2026-03-30');
    expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
    expect(daysBetween('2026-11-25', '2026-12-18')).to.equal(23);
    expect(addMonths('2027-01-31', 1)).to.equal('2027-02-28');
    expect(weekday('2026-11-25')).to.equal(3); // a Wednesday
  });

  it('counts working days without weekends and holidays', () => {
    // Wed 25 Nov → Fri 4 Dec 2026: Thu, Fri, Mon–Fri = 7, minus one holiday
    expect(workingDaysBetween('2026-11-25', '2026-12-04')).to.equal(7);
    expect(workingDaysBetween('2026-11-25', '2026-12-04', ['2026-11-26'])).to.equal(6);
    expect(workingDaysBetween('2026-12-04', '2026-11-25')).to.equal(0);
  });

  it('formats in the given locale', () => {
    expect(formatDate('2026-12-18', 'en-US')).to.contain('Dec');
    expect(formatDate('2026-12-18', 'es')).to.match(/dic/);
    expect(formatRelativeDays(3, 'en')).to.equal('in 3 days');
    expect(formatRelativeDays(1, 'en')).to.equal('tomorrow');
    expect(formatRelativeDays(-2, 'en')).to.equal('2 days ago');
    expect(formatRelativeDays(3, 'es')).to.equal('dentro de 3 días');
  });

  it('French writes the first of the month as “1er” (✗ old code: “le 1 juin”), in a range too; numeric dates and other days are left alone', () => {
    expect(formatDate('2026-06-01', 'fr', { weekday: 'long', month: 'long', year: undefined })).to.equal('lundi 1er juin');
    expect(formatDate('2026-06-01', 'fr-CA', { weekday: undefined, month: 'long' })).to.equal('1er juin 2026');
    expect(formatDate('2026-06-11', 'fr', { weekday: undefined, month: 'long' })).to.equal('11 juin 2026');
    expect(formatDate('2026-06-01', 'fr', { weekday: undefined, month: '2-digit', day: '2-digit' })).to.equal('01/06/2026');
    expect(formatDateRange('2026-06-01', '2026-12-18', 'fr', { month: 'long' })).to.match(/^1er juin – 18 décembre 2026$/);
    expect(formatDateRange('2026-05-18', '2026-06-01', 'fr', { month: 'long' })).to.match(/^18 mai – 1er juin 2026$/);
    expect(formatDate('2026-06-01', 'es', { weekday: undefined, month: 'long' })).to.equal('1 de junio de 2026');
  });

  it('gives today in the local calendar', () => {
    expect(todayISO(new Date(2026, 0, 5, 23, 30))).to.equal('2026-01-05');
  });
});
