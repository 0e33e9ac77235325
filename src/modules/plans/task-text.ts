// A task's figures as Vietnamese plans write them: the deadline and the quantities.
import { formatDate } from '../../platform/i18n/format.js';
import { plansText } from './plans.vi.js';
import type { Recurrence } from './task-status.js';

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "03 lớp": quantities are written with two digits in Vietnamese plans. */
export function quantityText(n: number | null, unit: string): string {
  if (n === null) return '';
  return `${pad2(n)}${unit ? ` ${unit}` : ''}`;
}

/** "05/03/2023", "Hằng ngày", "Hằng tháng (ngày 25)", "Hằng năm (05/03)". */
export function deadlineTextOf(r: Recurrence): string {
  switch (r.kind) {
    case 'once':
      return formatDate(r.deadline);
    case 'daily':
      return plansText.deadline.daily;
    case 'monthly':
      return plansText.deadline.monthly(r.day);
    case 'yearly':
      return plansText.deadline.yearly(pad2(r.day), pad2(r.month));
  }
}
