// The bench inbox's own script (runs in the page, inlined by tests/bench/inbox-page.ts). It plays
// Gmail: renders the inbox rows from data (as Gmail's JS does), swaps the inbox for a thread view
// on hash navigation, and, when the harness asks, streams new, changed and removed rows. It also
// watches for Tasklane's button hosts (light-DOM <tasklane-ui data-tasklane-button> next to each
// anchor) to time first detection and inject latency. Plain JS: the page knows nothing of us.
/* global __BENCH_DATA__ */
(() => {
  'use strict';
  const DATA = __BENCH_DATA__;
  const { firstNames: FN, lastNames: LN, companies: CO, subjects: SUBJ, snippets: SNIP } = DATA;
  const SELF = 'alex.rep@acme-sales.com';
  const ROW_PX = 40;

  function personAt(i) {
    const [first, firstSlug] = FN[i % FN.length];
    const [last, lastSlug] = LN[Math.floor(i / FN.length) % LN.length];
    const [company, domain] = CO[Math.floor(i / (FN.length * LN.length)) % CO.length];
    const cjk = /[^\x00-\u024f]/.test(first + last);
    const cycle = Math.floor(i / (FN.length * LN.length * CO.length));
    return { name: cjk ? `${last}${first}` : `${first} ${last}`, email: `${firstSlug}.${lastSlug}${cycle || ''}@${domain}`, company };
  }
  const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const chip = (p, cls) => `<span class="bA4"><span class="${cls}" email="${esc(p.email)}" name="${esc(p.name)}" data-hovercard-id="${esc(p.email)}">${esc(p.name)}</span></span>`;
  const me = `<span class="bA4"><span class="yP" email="${SELF}" name="me" data-hovercard-id="${SELF}">me</span></span>`;

  /** Row i's people: 2,500 senders each twice in 5,000 rows; some threads add "me" or a cc. */
  function peopleCell(i, senderIndex) {
    const sender = personAt(senderIndex);
    let html = chip(sender, i % 3 ? 'yP' : 'zF');
    if (i % 6 === 1) html += `, ${me} <span class="bx0">${2 + (i % 4)}</span>`;
    else if (i % 9 === 4) html += `, ${chip(personAt(senderIndex + 20_000), 'yP')} <span class="bx0">3</span>`;
    return html;
  }
  function rowHtml(i, senderIndex, unread) {
    const day = 1 + (i % 28);
    return `<tr class="zA ${unread ? 'zE' : 'yO'}" id=":r${i}" role="row" tabindex="-1">`
      + `<td class="oZ-x3 xY" role="gridcell"><div role="checkbox" aria-checked="false" aria-label="Select"></div></td>`
      + `<td class="yX xY" role="gridcell"><div class="yW">${peopleCell(i, senderIndex)}</div></td>`
      + `<td class="xY a4W" role="gridcell"><div class="xS"><div class="y6"><span class="bog"><span>${esc(SUBJ[i % SUBJ.length])}</span></span></div><span class="y2"> - ${esc(SNIP[i % SNIP.length])}</span></div></td>`
      + `<td class="xW xY" role="gridcell"><span title="Jun ${day}, 2024">Jun ${day}</span></td></tr>`;
  }
  const senderOf = (i) => (i * 37) % Math.max(1, Math.floor(DATA.rows / 2));

  const main = document.querySelector('div[role="main"]');
  const bench = {
    builtAt: 0,
    /** Distinct non-self addresses among the rows in the first viewport, and how many have a button. */
    visibleExpected: 0,
    visibleDecorated: 0,
    firstDecoratedAt: 0,
    hosts: 0,
    lastHostAt: 0,
    injectSamples: [],
    view: 'inbox',
    viewRenderedAt: 0,
  };
  window.__tlBench = bench;

  function renderInbox() {
    const rows = [];
    for (let i = 0; i < DATA.rows; i++) rows.push(rowHtml(i, senderOf(i), i < 12));
    main.innerHTML = `<table class="F cf zt" role="grid" aria-readonly="true"><tbody>${rows.join('')}</tbody></table>`;
    const visibleRows = Math.ceil(window.innerHeight / ROW_PX);
    const expected = new Set();
    const tbody = main.querySelector('tbody');
    for (let i = 0; i < Math.min(visibleRows, DATA.rows); i++) {
      const tr = tbody.rows[i];
      tr.__tlVisible = true;
      for (const span of tr.querySelectorAll('span[email]')) if (span.getAttribute('email') !== SELF) expected.add(span.getAttribute('email'));
    }
    bench.visibleExpected = expected.size;
    bench.visibleDecorated = 0;
    bench.view = 'inbox';
  }

  let threadCount = 0;
  function renderThread(id) {
    const n = threadCount++;
    const people = [0, 1, 2, 3].map((k) => personAt(30_000 + n * 4 + k));
    const message = (from, to, k) => `<div class="adn ads" data-message-id="#msg-f:${id}${k}"><div class="gs">`
      + `<table class="cf gJ"><tbody><tr class="acZ"><td class="gF gK"><h3 class="iw"><span class="gD" email="${esc(from.email)}" name="${esc(from.name)}" data-hovercard-id="${esc(from.email)}">${esc(from.name)}</span></h3></td></tr></tbody></table>`
      + `<div class="iw ajw"><span class="hb">to <span class="g2" email="${SELF}" name="me" data-hovercard-id="${SELF}">me</span>, <span class="g2" email="${esc(to.email)}" name="${esc(to.name)}" data-hovercard-id="${esc(to.email)}">${esc(to.name)}</span></span></div>`
      + `<div class="a3s aiL"><div dir="ltr">Hi Alex,<br><br>${esc(SNIP[(n + k) % SNIP.length])}<br><br>Best regards,<br>${esc(from.name)}<br>Head of Procurement, ${esc(from.company)}<br>Tel: +1 415 555 01${String(10 + ((n + k) % 80)).padStart(2, '0')}<br>${esc(from.email)}</div></div></div></div>`;
    main.innerHTML = `<div class="nH"><h2 class="hP" data-thread-perm-id="thread-f:${id}">${esc(SUBJ[n % SUBJ.length])}</h2>`
      + message(people[0], people[1], 0) + message(people[1], people[0], 1) + message(people[2], people[3], 2) + `</div>`;
    bench.view = 'thread';
  }

  function route() {
    const parts = location.hash.split('/');
    if (parts.length > 1) renderThread(parts[parts.length - 1]);
    else renderInbox();
    bench.viewRenderedAt = performance.now();
  }

  // Our witness: Tasklane's hosts appear in the light DOM beside the anchors.
  new MutationObserver((records) => {
    const now = performance.now();
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1 || node.localName !== 'tasklane-ui' || !node.hasAttribute('data-tasklane-button')) continue;
        bench.hosts++;
        bench.lastHostAt = now;
        const tr = node.closest('tr');
        if (!tr) continue;
        if (tr.__tlInsertedAt !== undefined) {
          bench.injectSamples.push(now - tr.__tlInsertedAt);
          tr.__tlInsertedAt = undefined;
        }
        if (tr.__tlVisible && ++bench.visibleDecorated === bench.visibleExpected && !bench.firstDecoratedAt) bench.firstDecoratedAt = now;
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });

  let nextNew = 100_000;
  let nextRowId = 1_000_000;
  const template = document.createElement('template');
  const LABELS = ['Follow-up', 'Customers', 'Invoices', 'Leads', '跟进'];
  /**
   * Streams `count` row mutations, `perFrame` per animation frame, in the mix a busy inbox sees
   * (per 10): 1 new mail arriving at the top (a row with a sender never seen), 1 row archived,
   * and 8 rows changed — 2 re-rendered people cells (Gmail rebuilds a row's participants when the
   * thread updates; same people, new elements), 3 non-person subtrees (a label chip added or
   * dropped, the date replaced), 3 in place (read state, snippet text). console.timeStamp marks
   * the window for the trace.
   */
  bench.mutate = (count, perFrame) => new Promise((done) => {
    const tbody = main.querySelector('tbody');
    let made = 0;
    console.timeStamp('tl-bench-begin');
    const started = performance.now();
    const pick = (k) => tbody.rows[20 + ((k * 7919) % Math.max(1, tbody.rows.length - 40))];
    const step = () => {
      for (let k = 0; k < perFrame && made < count; k++, made++) {
        const op = made % 10;
        if (op === 0) {
          template.innerHTML = rowHtml(nextRowId++, nextNew++, true);
          const tr = template.content.firstElementChild;
          tr.__tlInsertedAt = performance.now();
          tbody.insertBefore(tr, tbody.firstElementChild);
        } else if (op === 1) {
          const rows = tbody.rows;
          rows[rows.length - 1 - ((made * 13) % Math.max(1, rows.length - 40))]?.remove();
        } else {
          const tr = pick(made);
          if (!tr) continue;
          if (op <= 3) {
            const idx = Number(tr.id.slice(2));
            tr.querySelector('div.yW').innerHTML = peopleCell(idx, idx < DATA.rows ? senderOf(idx) : 100_000 + (idx % 1000));
          } else if (op === 4) {
            const chip = tr.querySelector('div.ar');
            if (chip) chip.remove();
            else tr.querySelector('div.y6').insertAdjacentHTML('afterbegin', `<div class="ar as"><div class="at" title="${LABELS[made % LABELS.length]}">${LABELS[made % LABELS.length]}</div></div>`);
          } else if (op <= 6) {
            tr.querySelector('td.xW').innerHTML = `<span title="Jun ${1 + (made % 28)}, 2024">${1 + (made % 12)}:${String(made % 60).padStart(2, '0')} PM</span>`;
          } else if (op === 7) {
            tr.className = tr.className.includes('zE') ? 'zA yO' : 'zA zE';
          } else {
            tr.querySelector('span.y2').textContent = ` - ${SNIP[made % SNIP.length]}`;
          }
        }
      }
      if (made < count) requestAnimationFrame(step);
      else done(performance.now() - started);
    };
    requestAnimationFrame(step);
  });
  /** Resolves once no button host has appeared for `quietMs` (and at least `quietMs` passed). */
  bench.settle = (quietMs) => new Promise((done) => {
    const since = performance.now();
    const check = () => {
      const now = performance.now();
      if (now - since >= quietMs && now - Math.max(bench.lastHostAt, since) >= quietMs) done(now);
      else setTimeout(check, 50);
    };
    setTimeout(check, 50);
  });
  bench.endWindow = () => console.timeStamp('tl-bench-end');

  window.addEventListener('hashchange', route);
  route();
  bench.builtAt = performance.now();
})();
