// Runs in recapdesk's isolated JavaScript world, never in the page's own (which has script
// disabled). It replaces only the sections whose HTML changed, so the reader's scroll position
// and everything else on screen stay as they were.
//
// Dark mode follows WeChat's published dark-mode algorithm (wechatjs/mp-darkmode): on a page
// of #191919, white-ish and grey backgrounds are inverted in lightness, bright coloured ones
// are dimmed to a perceived brightness of 190, and a text or border colour is changed only
// when its contrast with the (new) background is too low or too high.
const DARK = {
  pageBg: [25, 25, 25, 1],
  pageBgLightness: 9.8, // HSL lightness of #191919, in percent
  maxOffset: 230, // perceived brightness of the default dark text minus that of the page
  minOffset: 65,
  whiteLike: 250,
  maxBg: 190,
  highBg: 100,
  greyHigh: 40,
  greyLow: 22,
  ignoreAlpha: 0.05,
};

function parseColor(text) {
  const m = /rgba?\(([^)]+)\)/.exec(text || "");
  if (!m) return null;
  const p = m[1].split(/[,\s/]+/).filter(Boolean).map(Number);
  return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
}
const brightness = (c) => (c[0] * 299 + c[1] * 587 + c[2] * 114) / 1000;
const over = (bg, fg) => [0, 1, 2].map((i) => fg[i] * fg[3] + bg[i] * (1 - fg[3])).concat([1]);
const css = (c) => `rgb(${c.slice(0, 3).map((v) => Math.round(Math.max(0, Math.min(255, v)))).join(", ")})`;

function toHsl([r, g, b]) {
  r /= 255; g /= 255; b /= 255;
  const max = Math.max(r, g, b), min = Math.min(r, g, b);
  const l = (max + min) / 2;
  let h = 0, s = 0;
  if (max !== min) {
    const d = max - min;
    s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
    h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
    h *= 60;
  }
  return [h, s * 100, l * 100];
}
function fromHsl([h, s, l]) {
  s /= 100; l /= 100;
  const k = (n) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return [f(0) * 255, f(8) * 255, f(4) * 255, 1];
}
function brightnessTo(target, c) {
  const ratio = target / (brightness(c) || 1);
  let [r, g, b] = c.slice(0, 3).map((v) => Math.min(255, v * ratio));
  if (g === 0 || r === 255 || b === 255) g = (target * 1000 - r * 299 - b * 114) / 587;
  else if (r === 0) r = (target * 1000 - g * 587 - b * 114) / 299;
  else if (b === 0 || g === 255) b = (target * 1000 - r * 299 - g * 587) / 114;
  return [r, g, b, 1];
}

function darkBackground(color, parentBg) {
  const mixed = over(parentBg, color);
  const hsl = toHsl(mixed);
  const pb = brightness(mixed);
  if ((hsl[1] < 0.5 && hsl[2] > DARK.greyHigh) || pb > DARK.whiteLike) {
    return fromHsl([0, 0, Math.min(100, 100 + DARK.pageBgLightness - hsl[2])]);
  }
  if (pb > DARK.maxBg) return brightnessTo(DARK.maxBg, mixed);
  if (hsl[2] < DARK.greyLow) return fromHsl([hsl[0], hsl[1], DARK.greyLow]);
  return mixed;
}

function darkText(color, bg, depth = 0) {
  const mixed = over(bg, color);
  const tb = brightness(mixed), bb = brightness(bg);
  const offset = Math.abs(bb - tb);
  if (tb >= DARK.whiteLike || depth > 3) return mixed;
  if (offset > DARK.maxOffset && bb <= brightness(DARK.pageBg) + 2) {
    return brightnessTo(DARK.maxOffset + bb, mixed);
  }
  if (offset >= DARK.minOffset) return mixed;
  const hsl = toHsl(mixed);
  if (bb >= DARK.highBg) {
    if (hsl[2] > 90 - DARK.greyHigh) return darkText(fromHsl([hsl[0], hsl[1], 90 - hsl[2]]), bg, depth + 1);
    return brightnessTo(Math.min(DARK.maxOffset, bb - DARK.minOffset), mixed);
  }
  if (hsl[2] <= DARK.greyHigh) return darkText(fromHsl([hsl[0], hsl[1], 90 - hsl[2]]), bg, depth + 1);
  return brightnessTo(Math.min(DARK.maxOffset, bb + DARK.minOffset), mixed);
}

const SIDES = ["Top", "Right", "Bottom", "Left"];
const original = new Map(); // element -> its style attribute before recolouring

function restoreColours() {
  for (const [el, style] of original) {
    if (style === null) el.removeAttribute("style");
    else el.setAttribute("style", style);
  }
  original.clear();
}

function recolour(root) {
  // Read every colour first, in light mode, then write: a parent's new colour must not be
  // read back as its child's own.
  const plan = [];
  const walk = (el, depth) => {
    const cs = getComputedStyle(el);
    const borders = SIDES.filter((s) => parseFloat(cs[`border${s}Width`]) > 0 && cs[`border${s}Style`] !== "none")
      .map((s) => [s, parseColor(cs[`border${s}Color`])]);
    plan.push({ el, depth, bg: parseColor(cs.backgroundColor), color: parseColor(cs.color), borders });
    for (const child of el.children) walk(child, depth + 1);
  };
  walk(root, 0);
  const bgAt = [DARK.pageBg];
  for (const item of plan) {
    bgAt.length = item.depth + 1;
    let bg = bgAt[item.depth];
    original.set(item.el, item.el.getAttribute("style"));
    if (item.bg && item.bg[3] >= DARK.ignoreAlpha) {
      bg = darkBackground(item.bg, bg);
      item.el.style.backgroundColor = css(bg);
    }
    bgAt[item.depth + 1] = bg;
    if (item.color) item.el.style.color = css(darkText(item.color, bg));
    for (const [side, color] of item.borders) {
      if (color) item.el.style[`border${side}Color`] = css(darkText(color, bg));
    }
  }
}

// A section's new HTML replaces only the nodes that differ from what it shows: a keystroke in
// one of 300 testimonials then re-lays out one list item, where replacing the section's HTML
// (~130 KB) made the page take 300-450 ms per keystroke. The nodes that stay are equal to
// those the HTML parses to, so the section ends up as innerHTML would leave it.
// Parsed in a section of a document without a window: as the page's section would parse it,
// but inert (no style, layout or image loading until a node is moved in).
const sources = new WeakMap(); // section -> the HTML it shows, which a splice applies to
const parser = document.implementation.createHTMLDocument("").createElement("section");

function patch(section, html) {
  parser.innerHTML = html;
  patchChildren(section, parser);
  parser.textContent = "";
}

function patchChildren(target, source) {
  const old = target.childNodes;
  const fresh = source.childNodes;
  let start = 0;
  while (start < old.length && start < fresh.length && old[start].isEqualNode(fresh[start])) {
    start++;
  }
  let oldEnd = old.length;
  let freshEnd = fresh.length;
  while (oldEnd > start && freshEnd > start && old[oldEnd - 1].isEqualNode(fresh[freshEnd - 1])) {
    oldEnd--;
    freshEnd--;
  }
  if (oldEnd - start === 1 && freshEnd - start === 1) {
    const [a, b] = [old[start], fresh[start]];
    // The same element with other content (the list around an edited item): go inside.
    if (a.nodeType === Node.ELEMENT_NODE && a.cloneNode(false).isEqualNode(b.cloneNode(false))) {
      patchChildren(a, b);
      return;
    }
  }
  const after = old[oldEnd] || null;
  const added = Array.from(fresh).slice(start, freshEnd);
  for (let i = oldEnd - 1; i >= start; i--) old[i].remove();
  for (const node of added) target.insertBefore(node, after);
}

// A wide table is one card per row on a phone, as the WeChat copy writes it
// (render/wechat/cards.py): each cell is labelled with its column's header for the phone
// width's CSS (shell.html) to show as "label：value".
const CARD_COLUMNS = 4;

function labelCards(content) {
  for (const table of content.querySelectorAll("table")) {
    const header = table.querySelectorAll("thead th");
    if (header.length < CARD_COLUMNS) continue;
    const labels = Array.from(header, (th) => th.textContent.trim());
    // As render/wechat/cards.py: a table without headers (a name wall) stays a grid.
    if (!labels.some((l) => l)) continue;
    // As render/wechat/cards.py: "：" after a Chinese table's labels, ": " after another's.
    const after = labels.some((l) => /[\u3000-\u9fff\uff00-\uffef]/.test(l)) ? "：" : ": ";
    for (const row of table.querySelectorAll("tbody tr")) {
      if (row.cells.length && row.cells[0].hasAttribute("data-label")) continue;
      Array.from(row.cells).forEach((cell, i) => {
        cell.setAttribute("data-label", (labels[i] || "") + after);
      });
    }
  }
}

// The article references its pictures relatively (NAME.assets/x.jpg); the page shows them
// from the project's folder. Only <img src> is rewritten, and only in what is shown: the
// kept source (for splices) stays the pipeline's HTML.
const RELATIVE_IMG = /(<img\b[^>]*?\ssrc=")(?![a-zA-Z][a-zA-Z0-9+.-]*:|\/\/|#)([^"]+)"/g;
function withBase(html, base) {
  if (!base || html === null) return html;
  return html.replace(RELATIVE_IMG, (_m, head, src) => {
    try {
      return `${head}${new URL(src.replace(/&amp;/g, "&"), base).href}"`;
    } catch (_e) {
      return `${head}${src}"`;
    }
  });
}

window.recapdesk = {
  mode: { device: "phone", dark: false },
  base: "",
  update(blocks) {
    const content = document.getElementById("content");
    restoreColours();
    const existing = new Map();
    for (const node of Array.from(content.children)) {
      existing.set(node.dataset.key, node);
    }
    let previous = null;
    for (const [key, full, splice] of blocks) {
      let node = existing.get(key);
      if (!node) {
        node = document.createElement("section");
        node.dataset.key = key;
      }
      existing.delete(key);
      // A long section's change comes as a splice of the HTML it shows: [the length of the
      // unchanged start, of the unchanged end (UTF-16 code units), what goes between].
      let html = full;
      if (splice) {
        const [head, tail, middle] = splice;
        const was = sources.get(node);
        html = was.slice(0, head) + middle + was.slice(was.length - tail);
      }
      if (html !== null) {
        const shown = withBase(html, this.base);
        if (node.isConnected) patch(node, shown);
        else node.innerHTML = shown;
        sources.set(node, html);
      }
      const wanted = previous ? previous.nextSibling : content.firstChild;
      if (node !== wanted) content.insertBefore(node, wanted);
      previous = node;
    }
    for (const stale of existing.values()) stale.remove();
    labelCards(content);
    this.applyScheme();
    return true;
  },
  setBase(url) {
    this.base = url;
    return true;
  },
  setTheme(css) {
    restoreColours();
    document.getElementById("theme").textContent = css;
    this.applyScheme();
    return true;
  },
  setMode(device, dark) {
    this.mode = { device, dark };
    const root = document.documentElement;
    root.dataset.device = device;
    root.dataset.scheme = dark ? "dark" : "light";
    restoreColours();
    this.applyScheme();
    return true;
  },
  applyScheme() {
    if (this.mode.dark) recolour(document.getElementById("content"));
  },
  scrollTo(key) {
    const node = document.querySelector(`section[data-key="${CSS.escape(key)}"]`);
    if (node) node.scrollIntoView({ block: "start" });
    return Boolean(node);
  },
  scrollY() { return window.scrollY; },
  text() { return document.getElementById("content").innerText; },
};
