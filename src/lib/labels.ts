/** Danish labels for enum values in the content. */
import type { OUTCOMES, ROLES } from '../content/schemas';

export const OUTCOME_LABELS: Record<(typeof OUTCOMES)[number], string> = {
  uddannelse: 'Uddannelse',
  'ordinaert-job': 'Ordinært job',
  loentilskud: 'Job med løntilskud',
  'praktik-med-henblik-paa-ansaettelse': 'Praktik med henblik på ansættelse',
  'ikke-i-praktik': 'Ikke i praktik',
};

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

export const TEMPLATE_GROUPS = {
  'feedback-og-laering': 'Feedback og læring',
  'borgerens-forloeb': 'Borgerens forløb',
  organisering: 'Organisering',
} as const;
