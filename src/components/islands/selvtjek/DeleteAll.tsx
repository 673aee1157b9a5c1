/** »Slet alle data«: everything the site keeps in this browser (every tool), after a confirmation. */
import { clearAllSiteData } from '../../../lib/storage';
import type { Message } from '../ToolMessage';
import { browserStorage } from '../useStoredState';

export default function DeleteAll({ onCleared, say }: { onCleared: () => void; say: (m: Message | null, focus?: boolean) => void }) {
  return (
    <>
      <h3>Slet alle data</h3>
      <p>Sletter alt, hvad sitet har gemt i denne browser: alle vurderinger og teamrunder i alle tjeklister og din plan.</p>
      <p>
        <button type="button" className="danger" onClick={() => {
          if (!confirm('Slet alle vurderinger, teamrunder og din plan fra denne browser? Det kan ikke fortrydes.')) return;
          const s = browserStorage();
          const r = s ? clearAllSiteData(s) : null;
          onCleared();
          say(r && r.ok ? { kind: 'ok', text: 'Alle data er slettet fra denne browser.' } : { kind: 'error', text: 'Browseren tillod ikke at slette data. Slet webstedsdata i browserens indstillinger.' });
        }}>Slet alle data</button>
      </p>
    </>
  );
}
