// The host's opt-in analytics: it listens to the events Stancemap dispatches
// on its mount elements and logs them on the page (a real newsroom would send
// them to its own analytics; the widget itself sends nothing anywhere).
for (const name of ['stancemap:view', 'stancemap:open', 'stancemap:search', 'stancemap:deal', 'stancemap:theme']) {
  document.addEventListener(name, (event) => {
    const item = document.createElement('li');
    item.textContent = `${name} ${JSON.stringify(event.detail)}`;
    document.getElementById('event-log')?.append(item);
  });
}
