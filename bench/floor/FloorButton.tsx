/**
 * The bench's floor (bench/phone.mjs): the least a React island on this site can be – one button
 * whose click changes one word. Built only by `npm run bench:phone` (BENCH_FLOOR=1), never into
 * the site.
 */
import { useState } from 'react';

export default function FloorButton() {
  const [clicked, setClicked] = useState(false);
  return (
    <p>
      <button type="button" onClick={() => setClicked(true)}>Klik</button> {clicked ? 'Klikket' : 'Ikke klikket'}
    </p>
  );
}
