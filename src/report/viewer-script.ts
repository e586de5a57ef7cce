/**
 * The page's only script: step navigation (buttons, keys, clicks), the details panel and the
 * filters. Everything it shows is computed in TypeScript (msc-data.ts) and embedded as JSON, or
 * is an SVG element carrying data-step / data-node / data-from / data-to / data-kind; the script
 * only toggles classes and fills the panel (with textContent: no markup from data).
 */
export const VIEWER_SCRIPT = `(() => {
  const all = (root, q) => [...root.querySelectorAll(q)];
  const make = (tag, text, cls) => {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  };
  const charts = all(document, 'section.chart').map((sec) => {
    const d = JSON.parse(sec.querySelector('script.data').textContent);
    const n = d.steps.length;
    const rows = new Map(all(sec, 'g.step').map((g) => [Number(g.dataset.step), g]));
    const items = all(sec, 'g.arrow, g.mark');
    const panel = sec.querySelector('.detail');
    const shown = new Set();
    let cur = 0;
    const checked = (attr) => new Set(all(sec, 'input[' + attr + ']').filter((i) => i.checked).map((i) => i.getAttribute(attr)));
    const filter = () => {
      const nodes = checked('data-node');
      const kinds = checked('data-kind');
      shown.clear();
      for (const el of items) {
        const s = el.dataset;
        const on = el.classList.contains('mark') ? nodes.has(s.node) : kinds.has(s.type + '-' + s.kind) && (nodes.has(s.from) || nodes.has(s.to));
        el.classList.toggle('hid', !on);
        if (on) shown.add(Number(s.step));
      }
      for (const [i, g] of rows) g.classList.toggle('dim', !shown.has(i));
    };
    const detail = (step) => {
      panel.replaceChildren();
      panel.append(make('h3', 'Step ' + step.index + ' of ' + n + (step.time === null ? '' : ' · ' + step.time)), make('p', step.text));
      panel.append(make('h4', 'What changed (pool, flags, own votes)'));
      const changes = make('ul');
      for (const c of step.changes) changes.append(make('li', c));
      if (step.changes.length === 0) changes.append(make('li', 'nothing in any correct validator', 'quiet'));
      panel.append(changes, make('h4', 'Properties after this step'));
      const failing = new Map(step.failing);
      const table = make('table', undefined, 'props');
      d.properties.forEach((p, i) => {
        const tr = make('tr');
        const judged = p.judged === 'run' && step.index !== n;
        const bad = failing.has(i);
        tr.append(make('td', p.name), make('td', judged ? 'judged on the whole run (last step)' : bad ? 'violated: ' + d.messages[failing.get(i)] : 'holds', judged ? 'quiet' : bad ? 'bad' : 'ok'));
        table.append(tr);
      });
      panel.append(table);
    };
    const show = (i) => {
      if (i < 1 || i > n) return;
      for (const e of all(sec, '.on')) e.classList.remove('on');
      for (const e of all(sec, '[data-step="' + i + '"]')) e.classList.add('on');
      cur = i;
      sec.querySelector('.pos').textContent = 'step ' + i + ' of ' + n;
      detail(d.steps[i - 1]);
      // Scroll the chart's own box only (scrollIntoView would move the whole page too).
      const box = sec.querySelector('.scroll');
      const r = rows.get(i).getBoundingClientRect();
      const b = box.getBoundingClientRect();
      if (r.top < b.top || r.bottom > b.bottom) box.scrollTop += r.top - b.top - b.height / 3;
    };
    const move = (dir) => {
      for (let i = cur + dir; i >= 1 && i <= n; i += dir) if (shown.has(i)) return show(i);
    };
    const go = {
      first: () => { cur = 0; move(1); },
      prev: () => move(-1),
      next: () => move(1),
      last: () => { cur = n + 1; move(-1); },
      violation: () => d.violation && show(d.violation.step),
    };
    for (const b of all(sec, 'button[data-go]')) b.addEventListener('click', () => go[b.dataset.go]());
    for (const i of all(sec, 'input')) i.addEventListener('change', filter);
    for (const [i, g] of rows) g.addEventListener('click', () => show(i));
    filter();
    if (n > 0) show(d.violation ? d.violation.step : 1);
    return { sec, go };
  });
  const pick = document.getElementById('pick');
  let active = charts[0];
  if (pick) pick.addEventListener('change', () => {
    charts.forEach((c, i) => { c.sec.hidden = String(i) !== pick.value; });
    active = charts[Number(pick.value)];
  });
  const keys = { ArrowDown: 'next', ArrowRight: 'next', j: 'next', n: 'next', ArrowUp: 'prev', ArrowLeft: 'prev', k: 'prev', p: 'prev', Home: 'first', End: 'last', v: 'violation' };
  document.addEventListener('keydown', (e) => {
    const name = keys[e.key];
    if (!active || !name || e.ctrlKey || e.metaKey || e.altKey || e.target.tagName === 'SELECT') return;
    e.preventDefault();
    active.go[name]();
  });
})();`;
