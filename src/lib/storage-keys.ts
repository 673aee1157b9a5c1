/** Every key the site writes to browser storage, listed on the privacy page. */
import { STORAGE_KEY } from './selvtjek/model';
import { PLAN_KEY } from './plan';
export interface StorageKey {
  key: string;
  tool: string;
  what: string;
}

export const STORAGE_KEYS: StorageKey[] = [
  {
    key: STORAGE_KEY,
    tool: 'Selvtjek',
    what: 'Dine svar og noter i tjeklisterne, navne og datoer på dine vurderinger.',
  },
  {
    key: PLAN_KEY,
    tool: 'Min plan',
    what: 'De anbefalinger, du har valgt, med dine noter, ansvarlige og datoer.',
  },
];
