/**
 * Lighthouse scores for a few pages (mobile defaults, simulated throttling), median of 3 runs,
 * with Debian's Chromium. Lighthouse is not a dependency of the project (it is large and only
 * the benchmark needs it): `npm run bench:lighthouse` installs it for the run.
 */
export async function runLighthouse(base, paths, runs = 3) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const out = {};
  try {
    for (const p of paths) {
      const scores = [];
      for (let i = 0; i < runs; i++) {
        const r = await lighthouse(base + p.replace(/^\//, ''), { port: chrome.port, output: 'json', logLevel: 'error' });
        scores.push(Object.fromEntries(Object.entries(r.lhr.categories).map(([k, c]) => [k, c.score])));
      }
      const median = (k) => scores.map((s) => s[k]).sort((a, b) => a - b)[Math.floor(scores.length / 2)];
      out[p] = Object.fromEntries(Object.keys(scores[0]).map((k) => [k, median(k)]));
    }
  } finally {
    await chrome.kill();
  }
  return out;
}
