// tjlint serve: the page's script. Plain JavaScript, no build step.
// Document text is always rendered with textContent, never parsed as HTML.
'use strict';

(function () {
  const lang = document.documentElement.lang === 'en' ? 'en' : 'sv';
  // mb writes a size as the language does (1,5 MB, 1.5 MB; 7 kB below 1 MB).
  const mb = (n, l) => n < 1048576 ? Math.ceil(n / 1024) + ' kB'
    : (n / 1048576).toLocaleString(l === 'en' ? 'en-GB' : 'sv-SE', { maximumFractionDigits: 1 }) + ' MB';
  const TEXT = {
    sv: {
      checking: 'Granskar …',
      done: 'Granskningen är klar – resultatet visas nedan.',
      nothing: 'Välj en fil eller klistra in text först.',
      tooLarge: (size, limit) => 'Filen är för stor: ' + mb(size, 'sv') + ', och tjlint tar emot högst ' + mb(limit, 'sv') + '. Spara dokumentet utan stora bilder eller bilagor, eller dela upp det, och försök igen.',
      chosen: 'Vald fil: ',
      network: 'Servern svarade inte. Kontrollera att tjlint serve körs och försök igen.',
      badAnswer: 'Servern gav ett oväntat svar.',
      resultFor: 'Resultat för ',
      downloadDocx: 'Ladda ner granskad kopia (.docx)',
      suggestion: 'Förslag:',
      copy: 'Kopiera förslaget',
      copied: 'Kopierat',
      copyFailed: 'Gick inte att kopiera – markera texten och kopiera den själv',
      pastedChosen: 'Den inklistrade texten granskas (den valda filen är borttagen).',
      downloadMd: 'Ladda ner rapport (Markdown)',
      downloadJson: 'Ladda ner rapport (JSON)',
      print: 'Skriv ut',
      findings: 'Fynd',
      noFindings: 'Inga fynd.',
      sev: { error: 'Fel', warning: 'Varningar', info: 'Info' },
      sevOne: { error: 'fel', warning: 'varning', info: 'info' },
      show: 'Visa i dokumentet',
      explain: 'Varför? Visa förklaring',
      refs: 'Källor',
      line: 'rad',
      column: 'kolumn',
      rule: 'regel',
      document: 'Dokumentet så som tjlint förstod det',
      whole: 'Hela dokumentet',
      facts: 'Uppgifter',
      missing: 'saknas',
      kind: 'Dokumenttyp', title: 'Ärendemening', dnr: 'Diarienummer', authority: 'Beslutande organ',
      recipient: 'Mottagare', date: 'Datum', meeting_date: 'Sammanträdesdatum',
      referral: 'Remiss', from: 'Remittent', rdnr: 'Remittentens diarienummer', received: 'Mottagen', deadline: 'Sista svarsdag',
      motion: 'Motion', mtitle: 'Motionens rubrik', authors: 'Motionärer',
      decision: 'Förslag till beslut',
      sections: 'Avsnitt',
      sectionsMissing: 'Avsnitt som inte hittades',
      other: 'Övrigt avsnitt',
      signatories: 'Undertecknare',
      kinds: { tjansteutlatande: 'Tjänsteutlåtande', tjansteskrivelse: 'Tjänsteskrivelse', yttrande: 'Yttrande' },
      names: {
        summary: 'Sammanfattning', background: 'Bakgrund', preparation: 'Ärendets beredning', matter: 'Ärendet',
        assessment: 'Bedömning', gender_equality: 'Jämställdhetsanalys', child_rights: 'Barnrättsperspektiv',
        economy: 'Ekonomiska konsekvenser', decision_basis: 'Beslutsunderlag', distribution: 'Beslutet skickas till'
      }
    },
    en: {
      checking: 'Checking …',
      done: 'The check is done – the result is shown below.',
      nothing: 'Choose a file or paste text first.',
      tooLarge: (size, limit) => 'The file is too large: ' + mb(size, 'en') + ', and tjlint accepts at most ' + mb(limit, 'en') + '. Save the document without large images or attachments, or split it, and try again.',
      chosen: 'Chosen file: ',
      network: 'The server did not answer. Check that tjlint serve is running and try again.',
      badAnswer: 'The server gave an unexpected answer.',
      resultFor: 'Result for ',
      downloadDocx: 'Download annotated copy (.docx)',
      suggestion: 'Suggestion:',
      copy: 'Copy the suggestion',
      copied: 'Copied',
      copyFailed: 'Could not copy – select the text and copy it yourself',
      pastedChosen: 'The pasted text will be checked (the chosen file was removed).',
      downloadMd: 'Download report (Markdown)',
      downloadJson: 'Download report (JSON)',
      print: 'Print',
      findings: 'Findings',
      noFindings: 'No findings.',
      sev: { error: 'Errors', warning: 'Warnings', info: 'Info' },
      sevOne: { error: 'error', warning: 'warning', info: 'info' },
      show: 'Show in the document',
      explain: 'Why? Show explanation',
      refs: 'References',
      line: 'line',
      column: 'column',
      rule: 'rule',
      document: 'The document as tjlint understood it',
      whole: 'The whole document',
      facts: 'Details',
      missing: 'missing',
      kind: 'Document type', title: 'Title', dnr: 'Reference number', authority: 'Deciding body',
      recipient: 'Recipient', date: 'Date', meeting_date: 'Meeting date',
      referral: 'Referral', from: 'Referred by', rdnr: 'Their reference number', received: 'Received', deadline: 'Reply deadline',
      motion: 'Motion', mtitle: 'Motion title', authors: 'Authors',
      decision: 'Proposed decision',
      sections: 'Sections',
      sectionsMissing: 'Sections not found',
      other: 'Other section',
      signatories: 'Signatories',
      kinds: { tjansteutlatande: 'Tjänsteutlåtande (report)', tjansteskrivelse: 'Tjänsteskrivelse (memo)', yttrande: 'Yttrande (statement)' },
      names: {
        summary: 'Summary', background: 'Background', preparation: 'Preparation', matter: 'The matter',
        assessment: 'Assessment', gender_equality: 'Gender equality analysis', child_rights: 'Child rights',
        economy: 'Economic consequences', decision_basis: 'Decision basis', distribution: 'Distribution'
      }
    }
  };
  const T = TEXT[lang];
  const SECTION_KEYS = ['summary', 'background', 'preparation', 'matter', 'assessment', 'gender_equality',
    'child_rights', 'economy', 'decision_basis', 'distribution'];
  const SEVERITIES = ['error', 'warning', 'info'];

  const form = document.getElementById('check-form');
  const fileInput = document.getElementById('file');
  const paste = document.getElementById('paste');
  const drop = document.getElementById('drop');
  const statusEl = document.getElementById('status');
  const resultEl = document.getElementById('result');
  const submit = document.getElementById('submit');
  const profileSel = document.getElementById('profile');
  const maxUpload = Number(document.body.dataset.maxUpload) || 0;
  let lastRequest = null;

  // el builds an element with text content (never HTML) and attributes.
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else e.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children) {
      if (c === null || c === undefined || c === false) continue;
      e.append(typeof c === 'string' ? document.createTextNode(c) : c);
    }
    return e;
  }

  function setStatus(msg, isError) {
    statusEl.textContent = msg;
    statusEl.classList.toggle('error', !!isError);
    statusEl.setAttribute('role', isError ? 'alert' : 'status');
  }

  // One input at a time: choosing a file clears the pasted text, and
  // pasting clears the chosen file, so what is checked is what was shown.
  const fileNameEl = document.getElementById('file-name');
  const noFileText = fileNameEl.textContent;
  function showFileName() {
    fileNameEl.textContent = fileInput.files.length ? fileInput.files[0].name : noFileText;
  }
  fileInput.addEventListener('change', () => {
    showFileName();
    if (fileInput.files.length) {
      paste.value = '';
      setStatus(T.chosen + fileInput.files[0].name, false);
    }
  });
  paste.addEventListener('input', () => {
    if (paste.value.trim() && fileInput.files.length) {
      fileInput.value = '';
      showFileName();
      setStatus(T.pastedChosen, false);
    }
  });
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('dragover'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('dragover'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('dragover');
    if (e.dataTransfer && e.dataTransfer.files.length) {
      fileInput.files = e.dataTransfer.files;
      showFileName();
      runCheck();
    }
  });
  form.addEventListener('submit', (e) => { e.preventDefault(); runCheck(); });

  function guessName(text) {
    const t = text.trimStart();
    if (t.startsWith('{')) return 'inklistrat.json';
    if (/^(schema_version|kind|sections|dnr)\s*:/m.test(t)) return 'inklistrat.yaml';
    if (/^#\s/.test(t)) return 'inklistrat.md';
    return 'inklistrat.txt';
  }

  function baseQuery() {
    let q = '?lang=' + lang;
    if (profileSel) q += '&profile=' + encodeURIComponent(profileSel.value);
    return q;
  }

  async function runCheck() {
    const file = fileInput.files[0];
    let req;
    if (file) {
      if (maxUpload && file.size > maxUpload) { setStatus(T.tooLarge(file.size, maxUpload), true); return; }
      req = { query: baseQuery(), body: () => { const fd = new FormData(); fd.append('file', file, file.name); return fd; } };
    } else if (paste.value.trim()) {
      const text = paste.value;
      req = { query: baseQuery() + '&filename=' + encodeURIComponent(guessName(text)),
        body: () => new Blob([text], { type: 'text/plain;charset=utf-8' }) };
    } else {
      setStatus(T.nothing, true);
      fileInput.focus();
      return;
    }
    submit.disabled = true;
    setStatus(T.checking, false);
    try {
      const resp = await fetch('/api/v1/check' + req.query, { method: 'POST', body: req.body() });
      let data = null;
      try { data = await resp.json(); } catch (_) { data = null; }
      // A document that cannot be read shows only what to do about it,
      // not an empty result.
      if (data && Array.isArray(data.findings) && !(data.input_error && data.error)) {
        lastRequest = req;
        render(data);
      } else if (data && data.error) {
        resultEl.hidden = true;
        setStatus(lang === 'en' ? data.error_en || data.error : data.error, true);
      } else {
        setStatus(T.badAnswer + ' (HTTP ' + resp.status + ')', true);
      }
    } catch (_) {
      setStatus(T.network, true);
    } finally {
      submit.disabled = false;
    }
  }

  function parent(ptr) {
    const i = ptr.lastIndexOf('/');
    return i <= 0 ? '' : ptr.slice(0, i);
  }

  function posText(p) {
    return p ? T.line + ' ' + p.line : '';
  }

  function safeHref(ref) {
    return /^https?:\/\//i.test(ref) ? ref : null;
  }

  // A value shown in the document view, or "saknas".
  function value(v) {
    if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) {
      return el('span', { class: 'missing', text: T.missing });
    }
    return el('span', { text: String(v) });
  }

  function render(data) {
    const c = data.case || {};
    const pos = data.positions || {};
    const homes = new Map(); // pointer -> element that findings attach to
    const home = (ptr, e) => { e.dataset.pointer = ptr; homes.set(ptr, e); return e; };

    resultEl.replaceChildren();
    resultEl.hidden = false;
    const heading = el('h2', { id: 'result-heading', tabindex: '-1', text: T.resultFor + data.file });
    const worst = data.summary.error > 0 || data.input_error ? 'error' : data.summary.warning > 0 ? 'warning' : 'clean';
    const verdict = el('p', { id: 'verdict', class: 'verdict v-' + worst, 'data-verdict': worst, text: data.verdict });
    const actions = el('div', { class: 'actions' });
    const mdBtn = el('button', { type: 'button', class: 'secondary', id: 'download-md', text: T.downloadMd });
    const jsonBtn = el('button', { type: 'button', class: 'secondary', id: 'download-json', text: T.downloadJson });
    const printBtn = el('button', { type: 'button', class: 'secondary', id: 'print', text: T.print });
    mdBtn.addEventListener('click', () => downloadMarkdown(data.file));
    jsonBtn.addEventListener('click', () => save(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }), reportName(data.file, 'json')));
    printBtn.addEventListener('click', () => window.print());
    if (data.format === 'docx' && !data.input_error) {
      const docxBtn = el('button', { type: 'button', id: 'download-docx', text: T.downloadDocx });
      docxBtn.addEventListener('click', () => downloadAnnotated(data.file));
      actions.append(docxBtn);
    }
    actions.append(mdBtn, jsonBtn, printBtn);
    resultEl.append(heading, verdict, actions);

    // The document as tjlint understood it.
    const doc = el('section', { class: 'doc', 'aria-labelledby': 'doc-heading' }, el('h3', { id: 'doc-heading', text: T.document }));
    const general = home('', el('div', { class: 'general', hidden: true }, el('h4', { text: T.whole })));
    doc.append(general);

    const facts = el('dl');
    const fact = (label, ptr, v) => {
      const dd = home(ptr, el('dd', {}, value(v), pos[ptr] ? el('span', { class: 'pos', text: posText(pos[ptr]) }) : null));
      facts.append(el('dt', { text: label }), dd);
    };
    fact(T.kind, '/kind', c.kind ? T.kinds[c.kind] || c.kind : undefined);
    fact(T.title, '/title', c.title);
    fact(T.dnr, '/dnr', c.dnr);
    fact(T.authority, '/authority', c.authority);
    if (c.recipient || c.kind === 'yttrande') fact(T.recipient, '/recipient', c.recipient);
    fact(T.date, '/date', c.date);
    if (c.meeting_date) fact(T.meeting_date, '/meeting_date', c.meeting_date);
    doc.append(el('h4', { text: T.facts }), facts);

    const hasFindingUnder = (prefix) => data.findings.some((f) => f.pointer === prefix || f.pointer.startsWith(prefix + '/'));
    if (c.referral || c.kind === 'yttrande' || hasFindingUnder('/referral')) {
      const r = c.referral || {};
      const box = home('/referral', el('div', { class: 'doc-section', 'data-section': 'referral' }, el('h4', { text: T.referral })));
      const dl = el('dl');
      for (const [k, label] of [['from', T.from], ['dnr', T.rdnr], ['received', T.received], ['deadline', T.deadline]]) {
        const ptr = '/referral/' + k;
        dl.append(el('dt', { text: label }), home(ptr, el('dd', {}, value(r[k]), pos[ptr] ? el('span', { class: 'pos', text: posText(pos[ptr]) }) : null)));
      }
      box.append(dl);
      doc.append(box);
    }
    if (c.motion) {
      const m = c.motion;
      const box = home('/motion', el('div', { class: 'doc-section', 'data-section': 'motion' }, el('h4', { text: T.motion })));
      const dl = el('dl');
      dl.append(el('dt', { text: T.mtitle }), home('/motion/title', el('dd', {}, value(m.title))));
      dl.append(el('dt', { text: T.authors }), home('/motion/authors', el('dd', {}, value(Array.isArray(m.authors) ? m.authors.join(', ') : m.authors))));
      box.append(dl);
      doc.append(box);
    }

    const dp = home('/decision_proposal', el('div', { class: 'doc-section', 'data-section': 'decision_proposal' }, el('h4', { text: T.decision })));
    if (Array.isArray(c.decision_proposal) && c.decision_proposal.length) {
      const ol = el('ol');
      c.decision_proposal.forEach((p, i) => ol.append(home('/decision_proposal/' + i, el('li', { text: String(p) }))));
      dp.append(ol);
    } else {
      dp.append(el('p', { class: 'missing', text: T.missing }));
    }
    doc.append(dp);

    const sections = c.sections || {};
    doc.append(el('h4', { text: T.sections }));
    const missingList = el('ul', { class: 'missing-sections' });
    for (const key of SECTION_KEYS) {
      const s = sections[key];
      const ptr = '/sections/' + key;
      if (!s) {
        missingList.append(home(ptr, el('li', { 'data-section': key, text: T.names[key] })));
        continue;
      }
      doc.append(sectionBox(s, ptr, key, T.names[key]));
    }
    if (Array.isArray(sections.other)) {
      sections.other.forEach((s, i) => doc.append(sectionBox(s, '/sections/other/' + i, 'other', T.other)));
    }
    if (missingList.children.length) {
      doc.append(el('h4', { text: T.sectionsMissing }), missingList);
    }

    function sectionBox(s, ptr, key, name) {
      const h = el('h4', {}, el('span', { text: s.heading || name }));
      if (s.heading && s.heading.trim().toLowerCase() !== name.toLowerCase()) h.append(' ', el('span', { class: 'kind', text: '(' + name + ')' }));
      if (pos[ptr + '/heading'] || pos[ptr]) h.append(el('span', { class: 'pos', text: posText(pos[ptr + '/heading'] || pos[ptr]) }));
      const box = home(ptr, el('article', { class: 'doc-section', 'data-section': key }, h));
      const text = home(ptr + '/text', el('div', { class: 'text' }));
      const body = typeof s.text === 'string' ? s.text : '';
      if (body.trim() === '') text.append(el('p', { class: 'missing', text: T.missing }));
      for (const para of body.split(/\n\s*\n/)) {
        if (para.trim()) text.append(el('p', { text: para.trim() }));
      }
      box.append(text);
      return box;
    }

    const sig = home('/signatories', el('div', { class: 'doc-section', 'data-section': 'signatories' }, el('h4', { text: T.signatories })));
    if (Array.isArray(c.signatories) && c.signatories.length) {
      const ul = el('ul');
      c.signatories.forEach((p, i) => {
        const li = home('/signatories/' + i, el('li'));
        li.append(home('/signatories/' + i + '/name', el('span', {}, value(p && p.name))));
        if (p && p.title) li.append(', ', home('/signatories/' + i + '/title', el('span', { text: p.title })));
        ul.append(li);
      });
      sig.append(ul);
    } else {
      sig.append(el('p', { class: 'missing', text: T.missing }));
    }
    doc.append(sig);

    // Each finding goes next to the deepest element its pointer names.
    const rank = { error: 3, warning: 2, info: 1 };
    const overview = el('section', { class: 'overview', 'aria-labelledby': 'findings-heading' },
      el('h3', { id: 'findings-heading', text: T.findings + ' (' + data.findings.length + ')' }));
    if (!data.findings.length) overview.append(el('p', { text: T.noFindings }));
    data.findings.forEach((f, i) => {
      let ptr = f.pointer || '';
      while (ptr !== '' && !homes.has(ptr)) ptr = parent(ptr);
      const target = homes.get(ptr);
      if (target === general) general.hidden = false;
      const card = findingCard(f, i);
      if (f.match && ptr === f.pointer) markWords(target, f.match, f.severity, i);
      target.append(card);
      flag(target, f.severity);
      const box = target.closest('.doc-section');
      if (box && box !== target) flag(box, f.severity);
    });
    // markWords highlights the first occurrence of words in root's own
    // text (not in finding cards), splitting the text node: never HTML.
    function markWords(root, words, sev, i) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) => n.parentElement.closest('.finding, mark, .pos') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
      });
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.data.indexOf(words);
        if (at < 0) continue;
        const rest = n.splitText(at);
        rest.splitText(words.length);
        const mark = el('mark', { class: 'hl hl-' + sev, 'data-finding': 'f-' + i, title: T.sevOne[sev] || sev });
        rest.replaceWith(mark);
        mark.append(rest);
        return;
      }
    }
    function flag(e, sev) {
      const cur = e.dataset.flag;
      if (cur && rank[cur] >= rank[sev]) return;
      if (cur) e.classList.remove('flag-' + cur);
      e.dataset.flag = sev;
      e.classList.add('flagged', 'flag-' + sev);
    }
    for (const sev of SEVERITIES) {
      const fs = data.findings.map((f, i) => [f, i]).filter(([f]) => f.severity === sev);
      if (!fs.length) continue;
      const ul = el('ul');
      for (const [f, i] of fs) {
        const link = el('a', { href: '#f-' + i, text: T.show });
        link.addEventListener('click', (e) => {
          e.preventDefault();
          const card = document.getElementById('f-' + i);
          card.scrollIntoView({ block: 'center' });
          card.focus();
        });
        ul.append(el('li', { class: 'sev-' + sev, 'data-rule': f.rule },
          el('span', { class: 'badge sev-' + sev, text: T.sevOne[sev] }),
          el('span', { text: f.title || f.rule }), el('br'), el('span', { class: 'meta', text: f.message + ' ' }), link));
      }
      overview.append(el('h4', { id: 'group-' + sev, text: T.sev[sev] + ' (' + fs.length + ')' }), ul);
    }

    resultEl.append(el('div', { class: 'layout' }, overview, doc));
    setStatus(T.done, false);
    // Bring the heading and the verdict under it into view (a 1366×768
    // screen would otherwise leave them below the fold) and move focus
    // there so a screen reader starts reading at the result.
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  }

  function findingCard(f, i) {
    const card = el('div', { class: 'finding sev-' + f.severity, id: 'f-' + i, tabindex: '-1', 'data-rule': f.rule, 'data-pointer-of': f.pointer });
    card.append(el('span', { class: 'badge sev-' + f.severity, text: T.sevOne[f.severity] || f.severity }),
      el('span', { class: 'msg', text: f.message }));
    if (f.location) card.append(el('div', { class: 'where', text: f.location }));
    if (typeof f.replacement === 'string') {
      const copy = el('button', { type: 'button', class: 'secondary copy', text: T.copy });
      copy.addEventListener('click', async () => {
        try {
          await navigator.clipboard.writeText(f.replacement);
          copy.textContent = T.copied;
        } catch (_) {
          copy.textContent = T.copyFailed;
        }
      });
      card.append(el('div', { class: 'rewrite' }, el('span', { text: T.suggestion + ' ”' + f.replacement + '”' }), ' ', copy));
    }
    card.append(el('div', { class: 'meta', text: T.rule + ' ' + f.rule + ' · ' + T.line + ' ' + f.line + ', ' + T.column + ' ' + f.column }));
    if (f.title || f.description || (f.references && f.references.length)) {
      const d = el('details', {}, el('summary', { text: T.explain }));
      if (f.title) d.append(el('p', {}, el('strong', { text: f.title })));
      if (f.description) d.append(el('p', { text: f.description }));
      if (f.references && f.references.length) {
        const ul = el('ul');
        for (const r of f.references) {
          const href = safeHref(r.ref);
          const label = r.description || r.ref;
          ul.append(el('li', {}, href ? el('a', { href: href, rel: 'noopener noreferrer', target: '_blank', text: label }) : el('span', { text: label })));
        }
        d.append(el('p', { text: T.refs + ':' }), ul);
      }
      card.append(d);
    }
    return card;
  }

  function reportName(file, ext) {
    const base = String(file || 'rapport').replace(/\.[^.]*$/, '').replace(/[^\p{L}\p{N}._-]+/gu, '_');
    return 'tjlint-' + base + '.' + ext;
  }

  function save(blob, name) {
    const url = URL.createObjectURL(blob);
    const a = el('a', { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  async function downloadAnnotated(file) {
    if (!lastRequest) return;
    try {
      const resp = await fetch('/api/v1/annotate' + lastRequest.query, { method: 'POST', body: lastRequest.body() });
      if (!resp.ok) {
        let data = null;
        try { data = await resp.json(); } catch (_) { data = null; }
        setStatus(data && data.error ? (lang === 'en' ? data.error_en || data.error : data.error) : T.badAnswer, true);
        return;
      }
      save(await resp.blob(), String(file || 'dokument').replace(/\.[^.]*$/, '') + '.granskad.docx');
    } catch (_) {
      setStatus(T.network, true);
    }
  }

  async function downloadMarkdown(file) {
    if (!lastRequest) return;
    try {
      const resp = await fetch('/api/v1/check' + lastRequest.query + '&format=markdown', { method: 'POST', body: lastRequest.body() });
      save(await resp.blob(), reportName(file, 'md'));
    } catch (_) {
      setStatus(T.network, true);
    }
  }

  // Print with every explanation open.
  window.addEventListener('beforeprint', () => {
    document.querySelectorAll('.finding details:not([open])').forEach((d) => { d.open = true; d.dataset.printOpened = '1'; });
  });
  window.addEventListener('afterprint', () => {
    document.querySelectorAll('details[data-print-opened]').forEach((d) => { d.open = false; delete d.dataset.printOpened; });
  });
})();
