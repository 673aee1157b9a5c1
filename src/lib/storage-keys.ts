/** Every key the site writes to browser storage, listed on the privacy page. */
import { STORAGE_KEY } from './selvtjek/model';
import { PLAN_KEY } from './plan/model';
import { TEAM_STORAGE_KEY } from './selvtjek/team-round-peek';
export interface StorageKey {
  key: string;
  tool: string;
  what: string;
}

export const STORAGE_KEYS: StorageKey[] = [
  {
    key: STORAGE_KEY,
    tool: 'Selvtjek',
    what:
      'Dine svar og noter i tjeklisterne, navne og datoer på dine vurderinger og hvornår hvert svar og hver note sidst blev ændret (så ændringer fra flere faner kan flettes), id-numre på vurderinger, du har slettet (ikke deres indhold), og gemte data, værktøjet ikke kunne læse, indtil du fjerner dem.',
  },
  {
    key: TEAM_STORAGE_KEY,
    tool: 'Selvtjek, teamrunder',
    what:
      'De teamrunder, du samler: deres navn og dato, om dine egne svar er med og dit navn i runden, og de kollegers svar og noter, du har tilføjet fra filer eller links, med kollegernes navne og datoer og hvornår de blev tilføjet; id-numre på runder og bidrag, du har slettet (ikke deres indhold), og gemte data, værktøjet ikke kunne læse, indtil du fjerner dem.',
  },
  {
    key: PLAN_KEY,
    tool: 'Min plan',
    what:
      'De anbefalinger, du har valgt, i din rækkefølge, med dine noter, ansvarlige og datoer og hvornår hver blev ændret, hvilke anbefalinger du har fjernet fra planen, og gemte data, værktøjet ikke kunne læse, indtil du fjerner dem.',
  },
];
