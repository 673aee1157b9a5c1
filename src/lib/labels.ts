/**
 * Danish labels for values the code itself depends on. Lists an editor may extend (the case
 * outcomes, the template groups) are content: src/content/vaerdilister/.
 */
import type { ROLES } from '../content/schemas';

export const ROLE_LABELS: Record<(typeof ROLES)[number], string> = {
  leder: 'Leder',
  sagsbehandler: 'Sagsbehandler',
  virksomhedskonsulent: 'Virksomhedskonsulent',
  mentor: 'Mentor',
  underviser: 'Underviser',
  'ekstern-leverandoer': 'Ekstern leverandør',
};

export const TYPE_LABELS = {
  anbefaling: 'Anbefaling',
  tiltag: 'Tiltag',
  pejlemaerke: 'Pejlemærke',
  raad: 'Godt råd',
  mekanisme: 'Virksom mekanisme',
} as const;
