/** Every key the site writes to browser storage, listed on the privacy page. One place. */
export interface StorageKey {
  key: string;
  tool: string;
  what: string;
}

export const STORAGE_KEYS: StorageKey[] = [
  {
    key: 'laeringskatalog:selvtjek',
    tool: 'Selvtjek',
    what: 'Dine svar og noter i tjeklisterne, navne og datoer på dine vurderinger.',
  },
  {
    key: 'laeringskatalog:plan',
    tool: 'Min plan',
    what: 'De anbefalinger, du har valgt, med dine noter, ansvarlige og datoer.',
  },
];
