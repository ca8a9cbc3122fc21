// "Copy citation" buttons: a progressive enhancement; the citation text is on the page regardless.
// The access date is today's, filled in at the moment of copying. CSS shows the buttons when scripts
// can run, so nothing moves when this starts; without a clipboard (an insecure page) they are hidden.
const today = new Date().toLocaleDateString('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
for (const button of document.querySelectorAll('button.copy-citation')) {
  const target = document.getElementById(button.dataset.target ?? '');
  const status = button.nextElementSibling;
  if (!target || !navigator.clipboard) {
    button.hidden = true;
    continue;
  }
  button.addEventListener('click', async () => {
    const text = (target.textContent ?? '').replace('[date accessed]', today);
    try {
      await navigator.clipboard.writeText(text);
      if (status) status.textContent = 'Citation copied.';
    } catch {
      if (status)
        status.textContent = 'Could not copy: select the citation text and copy it instead.';
    }
  });
}
