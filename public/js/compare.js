// Compare chooser: a progressive enhancement. Without it each compare page shows its own few strategies.
// With it, people pick 2 to 5 strategies from the whole site, listed by region, and the choice lives in
// the URL (?s=a,b) so a comparison can be shared. A strategy on another compare page is fetched from that
// page (same origin: the Content Security Policy's connect-src 'self' allows it) and its cells, the
// elements with its data-s in the table's rows and in the notes on each document, are moved into this page.
const MIN = 2;
const MAX = 5;
// Up to this many strategies every region starts open; beyond it, only the regions with a chosen strategy.
const OPEN_ALL = 12;

const form = document.getElementById('chooser');
const table = document.getElementById('compare-table');
const regionsEl = document.getElementById('chooser-regions');
const statusEl = document.getElementById('chooser-status');
const share = document.getElementById('share-link');

const el = (tag, props = {}, children = []) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};
const sameSet = (a, b) => a.length === b.length && a.every((x) => b.includes(x));
const cellSelector = (id) => `[data-s="${CSS.escape(id)}"]`;

async function start() {
  const response = await fetch(form.dataset.index);
  if (!response.ok) throw new Error(`chooser index: ${response.status}`);
  /** @type {{ pages: string[], regions: { name: string, strategies: { id: string, label: string, page: number }[] }[] }} */
  const index = await response.json();
  const strategies = index.regions.flatMap((r) => r.strategies);
  const byId = new Map(strategies.map((s, order) => [s.id, { ...s, order }]));
  const order = (id) => byId.get(id)?.order ?? Infinity;
  const here = [...table.querySelectorAll('thead [data-s]')].map((th) => th.dataset.s);
  // Every container of per-strategy cells, in the same order on every compare page: the notes on each
  // document, then the table's rows (the header row, then one per theme).
  const containers = (doc) => [
    doc.getElementById('compare-notes'),
    ...(doc.getElementById('compare-table')?.rows ?? []),
  ];
  const rows = containers(document);
  // A table row is known by its header (the theme); the notes list has none.
  const rowKey = (row) =>
    row?.firstElementChild?.matches('th:not([data-s])') ? row.firstElementChild.textContent : '';
  const has = (id) => table.querySelector(`thead ${cellSelector(id)}`) !== null;

  // One disclosure per region: its name, how many strategies it has and how many are chosen.
  const groups = index.regions.map((region) => {
    const count = el('span', { className: 'muted' });
    const boxes = region.strategies.map((s) =>
      el('input', { type: 'checkbox', name: 's', value: s.id }),
    );
    const details = el('details', { open: strategies.length <= OPEN_ALL }, [
      el('summary', {}, [`${region.name} `, count]),
      el(
        'ul',
        { className: 'choices' },
        region.strategies.map((s, i) => el('li', {}, [el('label', {}, [boxes[i], s.label])])),
      ),
    ]);
    return { details, count, boxes };
  });
  regionsEl.replaceChildren(...groups.map((g) => g.details));
  const boxes = groups.flatMap((g) => g.boxes);

  // Compare pages, fetched once each and kept while the page is open.
  const pages = new Map();
  const pageDoc = (n) => {
    if (!pages.has(n)) {
      const href = new URL(index.pages[n - 1] ?? '', location.href);
      const doc =
        href.origin !== location.origin
          ? Promise.reject(new Error('not this site'))
          : fetch(href)
              .then((r) => {
                if (!r.ok) throw new Error(`${href}: ${r.status}`);
                return r.text();
              })
              .then((html) => new DOMParser().parseFromString(html, 'text/html'));
      doc.catch(() => pages.delete(n)); // a failed page is fetched again next time
      pages.set(n, doc);
    }
    return pages.get(n);
  };
  // Moves a strategy's cells from a fetched page into the matching containers here.
  const bring = (id, doc) => {
    if (has(id)) return;
    const theirs = containers(doc);
    const same =
      theirs.length === rows.length && theirs.every((row, i) => rowKey(row) === rowKey(rows[i]));
    if (!same || !doc.querySelector(`#compare-table thead ${cellSelector(id)}`))
      throw new Error(`${id} is not on its page`);
    theirs.forEach((row, i) => {
      const cell = row?.querySelector(`:scope > ${cellSelector(id)}`);
      if (cell) rows[i]?.append(document.adoptNode(cell));
    });
  };
  const arrange = (chosen) => {
    for (const row of rows) {
      const cells = [...row.children].filter((c) => c.dataset.s);
      cells.sort((a, b) => order(a.dataset.s) - order(b.dataset.s)).forEach((c) => row.append(c));
      cells.forEach((c) => {
        c.hidden = !chosen.includes(c.dataset.s);
      });
    }
  };

  let latest = 0;
  const apply = async (chosen, updateUrl) => {
    const run = ++latest;
    boxes.forEach((b) => {
      b.checked = chosen.includes(b.value);
    });
    groups.forEach((g) => {
      const n = g.boxes.filter((b) => b.checked).length;
      g.count.textContent = `(${g.boxes.length} ${g.boxes.length === 1 ? 'strategy' : 'strategies'}${n ? `, ${n} chosen` : ''})`;
    });
    const params = new URLSearchParams(location.search);
    if (sameSet(chosen, here)) params.delete('s');
    else params.set('s', chosen.join(','));
    const query = params.toString().replace(/%2C/g, ',');
    const href = `${location.pathname}${query ? `?${query}` : ''}`;
    share.href = href;
    if (updateUrl) history.replaceState(null, '', href);
    const missing = chosen.filter((id) => !has(id));
    const failed = [];
    if (missing.length) {
      statusEl.textContent = `Loading ${missing.length === 1 ? '1 strategy' : `${missing.length} strategies`} from other pages…`;
      await Promise.all(
        missing.map((id) =>
          pageDoc(byId.get(id).page)
            .then((doc) => bring(id, doc))
            .catch(() => failed.push(id)),
        ),
      );
      if (run !== latest) return; // a newer choice has taken over
    }
    arrange(chosen);
    const shown = chosen.filter(has).length;
    statusEl.textContent = `Showing ${shown} of ${strategies.length} strategies.${failed.length ? ` Could not load ${failed.map((id) => byId.get(id).label).join(', ')}: check your connection and choose again.` : ''}`;
  };

  const fromUrl = [
    ...new Set((new URLSearchParams(location.search).get('s') ?? '').split(',')),
  ].filter((id) => byId.has(id));
  const initial = fromUrl.length ? fromUrl.sort((a, b) => order(a) - order(b)).slice(0, MAX) : here;
  groups.forEach((g) => {
    if (g.boxes.some((b) => initial.includes(b.value))) g.details.open = true;
  });
  form.addEventListener('change', (event) => {
    if (event.target.name !== 's') return;
    const chosen = boxes.filter((b) => b.checked).map((b) => b.value);
    if (chosen.length < MIN || chosen.length > MAX) {
      event.target.checked = !event.target.checked;
      statusEl.textContent = `Choose between ${MIN} and ${MAX} strategies.`;
      return;
    }
    apply(chosen, true);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  form.hidden = false;
  await apply(initial, false);
}

if (form && table && regionsEl && statusEl && share && window.fetch && window.DOMParser) {
  start().catch(() => {
    form.hidden = true;
  }); // without the index, the page keeps its own strategies
}
