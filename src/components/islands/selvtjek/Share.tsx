/**
 * Share links (src/lib/selvtjek/share.ts): the answers, never the notes or the name, in the
 * URL fragment, which is never sent to a server. `ShareLink` makes one for the shown assessment;
 * `ShareOffer` reads one the page was opened with (or that is pasted into the address bar of the
 * open page) and offers to load it as a new assessment.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import { createAssessment, type Assessment } from '../../../lib/selvtjek/model';
import { progress, questionIds } from '../../../lib/selvtjek/scoring';
import type { AnswerCode } from '../../../lib/selvtjek/scales';
import { formerIds, type ChecklistView } from '../../../lib/selvtjek/view';
import type { Message } from '../ToolMessage';

type Say = (m: Message | null, focus?: boolean) => void;
/** The link code, loaded when a link is made or the address holds one (most visits do neither). */
const shareCode = () => import('../../../lib/selvtjek/share');
const answersCount = (n: number) => `${n} svar`;

export function ShareOffer({ checklist, onLoad, say }: { checklist: ChecklistView; onLoad: (a: Assessment) => void; say: Say }) {
  const [shared, setShared] = useState<{ answers: Record<string, AnswerCode> } | { error: string } | null>(null);
  const check = useCallback(() => {
    const hash = location.hash;
    if (!hash.includes('svar')) return;
    void shareCode().then(async ({ decodeShare, isShareFragment }) => {
      if (!isShareFragment(hash)) return;
      const r = await decodeShare(hash, checklist.id, questionIds(checklist), checklist.skala, formerIds(checklist));
      setShared(r.ok ? { answers: r.answers } : { error: r.error });
    });
  }, [checklist]);
  useEffect(() => {
    check();
    window.addEventListener('hashchange', check);
    return () => window.removeEventListener('hashchange', check);
  }, [check]);
  if (!shared) return null;
  const close = (text: string) => {
    setShared(null);
    history.replaceState(null, '', location.pathname + location.search);
    say({ kind: 'ok', text }, true);
  };
  const total = questionIds(checklist).length;
  return (
    <div className={'error' in shared ? 'notice error share-offer' : 'notice share-offer'} role={'error' in shared ? 'alert' : 'status'}>
      {'error' in shared ? (
        <p><strong>Linket kan ikke bruges.</strong> {shared.error} Dine egne svar er uændrede.</p>
      ) : (
        <>
          <p><strong>Linket indeholder svar på {Object.keys(shared.answers).length} af {total} spørgsmål.</strong> Vil du indlæse dem som en ny vurdering? Dine egne svar bliver ikke ændret.</p>
          <p>
            <button type="button" onClick={() => {
              // A link carries no wording: its answers count as given to today's questions.
              const fingerprints = Object.fromEntries(checklist.omraader.flatMap((o) => o.spoergsmaal.filter((q) => Object.hasOwn(shared.answers, q.id)).map((q) => [q.id, q.fingerprint])));
              const a = { ...createAssessment(checklist.id, new Date(), { name: 'Fra delt link' }), answers: shared.answers, fingerprints };
              onLoad(a);
              close(`${answersCount(progress(checklist, a.answers).answered)} fra linket er indlæst som vurderingen »Fra delt link«.`);
            }}>Indlæs svarene</button>{' '}
            <button type="button" className="secondary" onClick={() => close('Svarene fra linket er ikke indlæst. Dine egne svar er uændrede.')}>Nej tak</button>
          </p>
        </>
      )}
    </div>
  );
}

export function ShareLink({ checklist, answers, say }: { checklist: ChecklistView; answers: Readonly<Record<string, AnswerCode | undefined>>; say: Say }) {
  const base = useId();
  const [url, setUrl] = useState('');
  const answered = progress(checklist, answers).answered;
  return (
    <>
      <h3>Del svarene med et link</h3>
      <p>Linket indeholder kun svarene – ikke noterne eller vurderingens navn. Svarene står efter # i adressen og sendes ikke til nogen server.</p>
      <p className="button-row">
        <button type="button" className="secondary" disabled={answered === 0} onClick={() => void shareCode().then((m) => m.encodeShare(checklist.id, questionIds(checklist), answers)).then((f) => setUrl(`${location.origin}${location.pathname}#${f}`))}>Lav delingslink</button>
      </p>
      {url && (
        <div className="field">
          <label htmlFor={`${base}-link`}>Delingslink</label>
          <input id={`${base}-link`} type="text" readOnly value={url} onFocus={(e) => e.target.select()} />
          <button type="button" className="secondary" onClick={() => void navigator.clipboard?.writeText(url).then(() => say({ kind: 'ok', text: 'Linket er kopieret.' }), () => say({ kind: 'error', text: 'Linket kunne ikke kopieres. Markér det, og kopiér det selv.' }))}>Kopiér link</button>
        </div>
      )}
    </>
  );
}
