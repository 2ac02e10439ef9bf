// Runs in recapdesk's isolated JavaScript world, never in the page's own (which has script
// disabled). It replaces only the sections whose HTML changed, so the reader's scroll position
// and everything else on screen stay as they were.
window.recapdesk = {
  update(blocks) {
    const content = document.getElementById("content");
    const existing = new Map();
    for (const node of Array.from(content.children)) {
      existing.set(node.dataset.key, node);
    }
    let previous = null;
    for (const [key, html] of blocks) {
      let node = existing.get(key);
      if (!node) {
        node = document.createElement("section");
        node.dataset.key = key;
      }
      existing.delete(key);
      if (html !== null) node.innerHTML = html;
      const wanted = previous ? previous.nextSibling : content.firstChild;
      if (node !== wanted) content.insertBefore(node, wanted);
      previous = node;
    }
    for (const stale of existing.values()) stale.remove();
    return true;
  },
  setTheme(css) {
    document.getElementById("theme").textContent = css;
    return true;
  },
  scrollTo(key) {
    const node = document.querySelector(`section[data-key="${CSS.escape(key)}"]`);
    if (node) node.scrollIntoView({ block: "start" });
    return Boolean(node);
  },
  scrollY() { return window.scrollY; },
  text() { return document.getElementById("content").innerText; },
};
