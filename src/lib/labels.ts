/**
 * Danish labels for values the code itself depends on (the kinds of recommendation). Lists an
 * editor may extend – the case outcomes, the roles, the template groups – are content:
 * src/content/vaerdilister/.
 */

export const TYPE_LABELS = {
  anbefaling: 'Anbefaling',
  tiltag: 'Tiltag',
  pejlemaerke: 'Pejlemærke',
  raad: 'Godt råd',
  mekanisme: 'Virksom mekanisme',
} as const;
