// Compare chooser: a progressive enhancement. Without it every strategy shows.
// The chooser is shown by CSS (@media (scripting: enabled)), so the table does not move when this runs.
// The choice lives in the URL (?s=a,b) so a comparison can be shared.
const form = document.getElementById('chooser');
const table = document.getElementById('compare-table');
const statusEl = document.getElementById('chooser-status');
const share = document.getElementById('share-link');
if (form && table && statusEl && share) {
  const boxes = [...form.querySelectorAll('input[name="s"]')];
  const all = boxes.map((b) => b.value);
  const MIN = 2;
  const MAX = 5;
  const apply = (chosen, updateUrl) => {
    boxes.forEach((b) => { b.checked = chosen.includes(b.value); });
    table.querySelectorAll('[data-s]').forEach((cell) => { cell.hidden = !chosen.includes(cell.dataset.s); });
    const params = new URLSearchParams(location.search);
    if (chosen.length === all.length) params.delete('s'); else params.set('s', chosen.join(','));
    const query = params.toString().replace(/%2C/g, ',');
    const href = `${location.pathname}${query ? `?${query}` : ''}`;
    share.href = href;
    if (updateUrl) history.replaceState(null, '', href);
    statusEl.textContent = `Showing ${chosen.length} of ${all.length} strategies.`;
  };
  const fromUrl = (new URLSearchParams(location.search).get('s') ?? '').split(',').filter((id) => all.includes(id));
  apply(fromUrl.length >= 1 ? fromUrl.slice(0, MAX) : all.slice(0, Math.min(all.length, MAX)), false);
  form.addEventListener('change', (event) => {
    const chosen = boxes.filter((b) => b.checked).map((b) => b.value);
    if (chosen.length < MIN || chosen.length > MAX) {
      event.target.checked = !event.target.checked;
      statusEl.textContent = `Choose between ${MIN} and ${MAX} strategies.`;
      return;
    }
    apply(chosen, true);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
}
