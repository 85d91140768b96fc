// The JSON API of marsad serve (README: "The web page and the API").

export async function api(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') query.set(k, v);
  const url = '/api/' + path + (query.toString() ? '?' + query : '');
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await res.json().catch(() => ({ error: res.statusText }));
  if (!res.ok) throw Object.assign(new Error(body.error || res.statusText), { status: res.status });
  return body;
}

// Creates an element: el('li', {class: 'x', dataset: {a: 1}}, child, 'text', ...).
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'dataset') Object.assign(node.dataset, v);
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c !== undefined && c !== null) node.append(c);
  return node;
}

// Text with matches between the server's marks, as text nodes and <mark> (never innerHTML).
export function marked(text, [open, close]) {
  const parts = [];
  let inside = false;
  for (const piece of text.split(new RegExp(`[${open}${close}]`))) {
    if (piece) parts.push(inside ? el('mark', { class: 'hit' }, piece) : piece);
    inside = !inside;
  }
  return parts;
}
