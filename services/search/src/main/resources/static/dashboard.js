// newsflow dashboard: plain JS over /api/facets and /api/search. The URL's query string is the state, so every
// drill-down is a link and the back button undoes it. An entity's page is the fragment (#entity=barack-obama), over
// /api/entities/{id} and /api/entities/{id}/articles, so it can be shared as a link too.
'use strict';

const FILTERS = ['site', 'section', 'topic', 'entity', 'author', 'language'];
const FILTER_LABELS = {
  site: 'Site', section: 'Section', topic: 'Topic', entity: 'Mentions', author: 'Author', language: 'Language',
  from: 'From', to: 'Before'
};
const FACET_LISTS = { sections: 'section', topics: 'topic', sites: 'site' };
/** Entity facets, by stable id (facets.entities): a click opens the entity's page, the + filters by its id. */
const ENTITY_FACETS = ['people', 'organizations', 'places'];
const ENTITY_TYPES = { PERSON: 'Person', ORGANIZATION: 'Organisation', LOCATION: 'Place', MISC: 'Other name' };
/** Entities named on one article in the list, at most. */
const ENTITIES_PER_ARTICLE = 8;
/** Display names of the entity ids seen so far, so that an entity filter's chip shows "Barack Obama". */
const entityNames = new Map();
const PAGE_SIZE = 10;

const $ = (id) => document.getElementById(id);

function readState() {
  const p = new URLSearchParams(location.search);
  const state = { q: p.get('q') || '', from: p.get('from') || '', to: p.get('to') || '',
    page: Math.max(1, parseInt(p.get('page') || '1', 10) || 1), sort: p.get('sort') || '' };
  for (const f of FILTERS) state[f] = p.getAll(f);
  return state;
}

function narrowed(state) {
  return Boolean(state.q || state.from || state.to || FILTERS.some((f) => state[f].length));
}

/** Query string for the API or the address bar; paging only where it applies. */
function toParams(state, { paging }) {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  for (const f of FILTERS) for (const v of state[f]) p.append(f, v);
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  if (paging) {
    if (state.page > 1) p.set('page', String(state.page));
    if (state.sort) p.set('sort', state.sort);
  }
  return p;
}

function navigate(state) {
  const qs = toParams(state, { paging: true }).toString();
  history.pushState(null, '', qs ? '?' + qs : location.pathname);
  load();
}

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body && (body.detail || body.title) ? body.detail || body.title : response.statusText;
    throw new Error(message + ' (HTTP ' + response.status + ')');
  }
  return body;
}

let generation = 0;

async function load() {
  const state = readState();
  const mine = ++generation;
  $('q').value = state.q;
  renderFilters(state);
  document.body.classList.add('loading');
  try {
    const facetsUrl = '/api/facets?' + toParams(state, { paging: false });
    const searchUrl = '/api/search?' + toParams({ ...state, page: state.page }, { paging: true })
      + '&size=' + PAGE_SIZE;
    const [dashboard, result] = await Promise.all([
      getJson(facetsUrl), narrowed(state) ? getJson(searchUrl) : Promise.resolve(null)]);
    if (mine !== generation) return; // a newer navigation won
    $('error').hidden = true;
    renderChart(dashboard.facets.overTime, state);
    for (const [name, filter] of Object.entries(FACET_LISTS)) {
      renderFacet($('facet-' + name), dashboard.facets[name], filter, state);
    }
    const entities = dashboard.facets.entities || {};
    for (const name of ENTITY_FACETS) renderEntityFacet($('facet-' + name), entities[name], state);
    renderSiteConfidence($('site-confidence'), dashboard.facets.siteConfidence, state);
    if (result) {
      renderArticles($('article-list'), result.hits, 'No article matches. Remove a filter or try other words.');
      renderPager(result, state);
      $('articles-title').textContent = 'Results';
      $('sort-label').hidden = !state.q;
      $('sort').value = result.sort;
      setStatus(result.total, state);
    } else {
      renderArticles($('article-list'), dashboard.latest, 'No articles yet.');
      $('pager').hidden = true;
      $('sort-label').hidden = true;
      $('articles-title').textContent = 'Latest articles';
      setStatus(dashboard.total, state);
    }
    renderFilters(state); // again, now that the entity ids' names are known
  } catch (e) {
    if (mine !== generation) return;
    $('error').textContent = 'Could not load the dashboard: ' + e.message;
    $('error').hidden = false;
    $('status').textContent = '';
  } finally {
    if (mine === generation) document.body.classList.remove('loading');
  }
}

function setStatus(total, state) {
  const noun = total === 1 ? 'article' : 'articles';
  const text = narrowed(state)
    ? total.toLocaleString('en') + ' ' + noun + ' match' + (total === 1 ? 'es' : '')
    + (state.q ? ' “' + state.q + '”' : '')
    : total.toLocaleString('en') + ' ' + noun + ' indexed';
  $('status').textContent = total === 0 && !narrowed(state)
    ? 'No articles indexed yet. Run the pipeline (./newsflow demo) and reload.' : text;
}

function renderFilters(state) {
  const list = $('filter-list');
  list.replaceChildren();
  const chips = [];
  if (state.q) chips.push(['q', state.q, 'Text']);
  for (const f of FILTERS) for (const v of state[f]) chips.push([f, v, FILTER_LABELS[f]]);
  if (state.from) chips.push(['from', state.from, FILTER_LABELS.from]);
  if (state.to) chips.push(['to', state.to, FILTER_LABELS.to]);
  for (const [key, value, label] of chips) {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'chip';
    button.setAttribute('aria-label', 'Remove filter ' + label + ': ' + value);
    const strong = document.createElement('span');
    strong.className = 'chip-label';
    strong.textContent = label + ':';
    const shown = key === 'from' || key === 'to' ? formatInstant(value)
      : key === 'entity' && entityNames.has(value) ? entityNames.get(value) : value;
    button.setAttribute('aria-label', 'Remove filter ' + label + ': ' + shown);
    button.append(strong, ' ' + shown, ' ');
    const x = document.createElement('span');
    x.setAttribute('aria-hidden', 'true');
    x.textContent = '×';
    button.append(x);
    button.addEventListener('click', () => {
      const next = readState();
      if (Array.isArray(next[key])) next[key] = next[key].filter((v) => v !== value);
      else next[key] = '';
      next.page = 1;
      navigate(next);
    });
    li.append(button);
    list.append(li);
  }
  $('filters').hidden = chips.length === 0;
}

function renderFacet(list, buckets, filter, state) {
  if (isEmptyFacet(list, buckets)) return;
  const max = Math.max(...buckets.map((b) => b.count));
  for (const bucket of buckets) {
    const active = state[filter].includes(bucket.value);
    list.append(facetItem(bucket.value, bucket.count.toLocaleString('en'), bucket.count / max,
      active ? 'Already filtered on ' + bucket.value : 'Show only articles with ' + bucket.value, active,
      () => addFilter(filter, bucket.value)));
  }
}

/**
 * Entities by stable id: the name opens the entity's page (#entity=id), the + beside it filters the dashboard by
 * the id, as the other facets filter by their values.
 */
function renderEntityFacet(list, buckets, state) {
  if (isEmptyFacet(list, buckets)) return;
  const max = Math.max(...buckets.map((b) => b.count));
  for (const bucket of buckets) {
    entityNames.set(bucket.id, bucket.name);
    const active = state.entity.includes(bucket.id);
    const item = facetItem(bucket.name, bucket.count.toLocaleString('en'), bucket.count / max,
      'All articles about ' + bucket.name, active, () => openEntity(bucket.id));
    item.classList.add('entity-facet');
    item.firstChild.dataset.entity = bucket.id;
    const filter = document.createElement('button');
    filter.type = 'button';
    filter.className = 'facet-filter';
    filter.textContent = '+';
    filter.setAttribute('aria-label', 'Show only articles about ' + bucket.name);
    filter.title = active ? 'Already filtered on ' + bucket.name : 'Show only articles about ' + bucket.name;
    filter.addEventListener('click', () => addFilter('entity', bucket.id));
    item.append(filter);
    list.append(item);
  }
}

function addFilter(filter, value) {
  const next = readState();
  if (!next[filter].includes(value)) next[filter].push(value);
  next.page = 1;
  navigate(next);
}

/**
 * The parser's confidence per site, least trusted first: the mean as a bar (0 to 1) and the doubtful count, so a
 * site whose pages the parser starts to misread stands out. A click filters on the site, as the Sites facet does.
 */
function renderSiteConfidence(list, sites, state) {
  if (isEmptyFacet(list, sites)) return;
  for (const site of sites) {
    const item = facetItem(site.site,
      site.meanConfidence.toFixed(2) + (site.doubtful > 0 ? ' · ' + site.doubtful + ' doubtful' : ''), site.meanConfidence,
      site.doubtful + ' of ' + site.articles + ' articles below 0.5', state.site.includes(site.site),
      () => addFilter('site', site.site));
    if (site.meanConfidence < 0.5) item.firstChild.classList.add('doubtful');
    list.append(item);
  }
}

/** Clears a facet list; true, after saying so in it, when there is nothing to show. */
function isEmptyFacet(list, values) {
  list.replaceChildren();
  if (values && values.length > 0) return false;
  const li = document.createElement('li');
  li.className = 'empty';
  li.textContent = 'Nothing yet';
  list.append(li);
  return true;
}

/** One facet value: its name, a figure, a bar of `share` (0 to 1); a click calls `choose`. */
function facetItem(value, figure, share, title, active, choose) {
  const li = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'facet-value';
  button.setAttribute('aria-pressed', String(active));
  button.title = title;
  const name = document.createElement('span');
  name.className = 'name';
  name.textContent = value;
  const count = document.createElement('span');
  count.className = 'count';
  count.textContent = figure;
  const bar = document.createElement('span');
  bar.className = 'bar';
  bar.setAttribute('aria-hidden', 'true');
  bar.style.width = Math.max(2, Math.round(share * 100)) + '%';
  button.append(name, count, bar);
  button.addEventListener('click', choose);
  li.append(button);
  return li;
}

// ---- articles over time: an SVG bar chart ----

const SVG = 'http://www.w3.org/2000/svg';

function svg(name, attributes) {
  const el = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attributes || {})) el.setAttribute(k, String(v));
  return el;
}

/** Milliseconds in an interval such as 1h, 1d, 1w, 1M, 1q, 1y (months, quarters and years approximated). */
function intervalMs(interval) {
  const m = /^(\d+)([smhdwMqy])$/.exec(interval || '');
  if (!m) return 24 * 3600 * 1000;
  const unit = { s: 1e3, m: 6e4, h: 36e5, d: 864e5, w: 6048e5, M: 2629746e3, q: 7889238e3, y: 31556952e3 }[m[2]];
  return Number(m[1]) * unit;
}

function addInterval(iso, interval) {
  const date = new Date(iso);
  const m = /^(\d+)([Mqy])$/.exec(interval || '');
  if (m) { // calendar units: step in calendar terms so bar edges stay on month/year boundaries
    if (m[2] === 'M') date.setUTCMonth(date.getUTCMonth() + Number(m[1]));
    else if (m[2] === 'q') date.setUTCMonth(date.getUTCMonth() + 3 * Number(m[1]));
    else date.setUTCFullYear(date.getUTCFullYear() + Number(m[1]));
    return date.toISOString();
  }
  return new Date(date.getTime() + intervalMs(interval)).toISOString();
}

function bucketLabel(iso, interval) {
  const d = new Date(iso);
  const ms = intervalMs(interval);
  const opts = { timeZone: 'UTC' };
  if (ms >= 31556952e3) opts.year = 'numeric';
  else if (ms >= 2629746e3) Object.assign(opts, { month: 'short', year: 'numeric' });
  else if (ms >= 864e5) Object.assign(opts, { day: 'numeric', month: 'short' });
  else Object.assign(opts, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hour12: false });
  return new Intl.DateTimeFormat('en-GB', opts).format(d);
}

function renderChart(overTime, state) {
  const box = $('over-time');
  box.replaceChildren();
  const buckets = (overTime && overTime.buckets) || [];
  if (buckets.length === 0) {
    const p = document.createElement('p');
    p.className = 'empty';
    p.textContent = 'No dated articles yet.';
    box.append(p);
    return;
  }
  const W = 900, H = 220, left = 44, right = 10, top = 12, bottom = 40;
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const step = (W - left - right) / buckets.length;
  const barWidth = Math.min(56, Math.max(2, step * 0.78)); // a few buckets should not become slabs
  const total = buckets.reduce((sum, b) => sum + b.count, 0);
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'group', class: 'bars',
    'aria-label': `Articles published per ${overTime.interval || 'interval'}: ${total} in ${buckets.length} bars. `
      + 'Choose a bar to show only that period.' });
  // y axis: zero, the middle and the maximum, with light grid lines
  for (const value of new Set([0, Math.round(max / 2), max])) {
    const y = top + (H - top - bottom) * (1 - value / max);
    chart.append(svg('line', { x1: left, x2: W - right, y1: y, y2: y, class: 'grid' }));
    const label = svg('text', { x: left - 6, y: y + 4, 'text-anchor': 'end', class: 'axis' });
    label.textContent = String(value);
    chart.append(label);
  }
  const labelEvery = Math.max(1, Math.ceil(buckets.length / 8));
  buckets.forEach((bucket, i) => {
    const height = (H - top - bottom) * (bucket.count / max);
    const x = left + i * step + (step - barWidth) / 2;
    const end = addInterval(bucket.start, overTime.interval);
    const text = `${bucketLabel(bucket.start, overTime.interval)}: ${bucket.count} article${bucket.count === 1 ? '' : 's'}`;
    const g = svg('g', { class: 'bar', tabindex: 0, role: 'button', 'aria-label': text });
    const title = svg('title');
    title.textContent = text;
    // a full-height invisible target so short bars are easy to hit
    g.append(title, svg('rect', { x: left + i * step, y: top, width: step, height: H - top - bottom, class: 'hit' }),
      svg('rect', { x, y: top + (H - top - bottom) - height, width: barWidth, height: Math.max(bucket.count ? 1 : 0, height), rx: 2 }));
    const choose = () => {
      const next = readState();
      next.from = bucket.start;
      next.to = end;
      next.page = 1;
      navigate(next);
    };
    g.addEventListener('click', choose);
    g.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); choose(); }
    });
    chart.append(g);
    if (i % labelEvery === 0) {
      const label = svg('text', { x: left + i * step + step / 2, y: H - bottom + 18, 'text-anchor': 'middle', class: 'axis' });
      label.textContent = bucketLabel(bucket.start, overTime.interval);
      chart.append(label);
    }
  });
  chart.append(svg('line', { x1: left, x2: W - right, y1: H - bottom, y2: H - bottom, class: 'baseline' }));
  box.append(chart);
}

// ---- pipeline panel: /api/pipeline (index rate and drift from Elasticsearch, lag and dead letters from Kafka) ----

const PIPELINE_REFRESH_MS = 30000;

function listItem(text, className) {
  const item = document.createElement('li');
  if (className) item.className = className;
  if (text !== undefined) item.textContent = text;
  return item;
}

function textSpan(text, className) {
  const s = document.createElement('span');
  s.className = className;
  s.textContent = text;
  return s;
}

function percent(rate) {
  return rate === null || rate === undefined ? '–' : Math.round(rate * 100) + ' %';
}

function hoursLabel(fromIso, toIso) {
  const hours = Math.round((new Date(toIso) - new Date(fromIso)) / 3600000);
  return hours >= 48 && hours % 24 === 0 ? (hours / 24) + ' days' : hours + ' h';
}

async function loadPipeline() {
  try {
    renderPipeline(await getJson('/api/pipeline'));
  } catch (e) {
    $('pipeline-problem').textContent = 'Pipeline status unavailable: ' + e.message;
    $('pipeline-problem').hidden = false;
  }
}

function renderPipeline(view) {
  $('pipeline-problem').hidden = true;
  $('pipeline-updated').textContent = 'as of ' + formatInstant(view.at);
  renderIndexing(view);
  renderLag(view.kafka);
  renderDeadLetters(view.kafka);
  renderDrift(view);
}

function renderIndexing(view) {
  const chart = $('pipeline-rate-chart');
  chart.replaceChildren();
  if (!view.indexing) {
    $('pipeline-rate').textContent = 'indexing rate unknown: ' + view.indexProblem;
    $('pipeline-rate').className = 'pipeline-figure unknown';
    return;
  }
  const a = view.indexing;
  $('pipeline-rate').className = 'pipeline-figure';
  $('pipeline-rate').textContent = a.perMinute.toFixed(1) + ' articles/min over the last '
    + Math.max(0, a.minutes.length - 1) + ' min (' + a.articles.toLocaleString('en') + ' in all); '
    + (a.lastIndexedAt ? 'last indexed ' + formatInstant(a.lastIndexedAt) : 'nothing indexed yet');
  const max = Math.max(1, ...a.minutes.map((m) => m.count));
  const W = 300, H = 40, w = W / Math.max(1, a.minutes.length);
  const box = svg('svg', { viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: 'none', role: 'img',
    'aria-label': 'Articles indexed per minute, oldest first' });
  a.minutes.forEach((m, i) => {
    const h = (m.count / max) * (H - 2);
    const bar = svg('rect', { x: i * w + 0.5, y: H - h, width: Math.max(1, w - 1), height: h });
    const title = svg('title', {});
    title.textContent = formatInstant(m.start) + ': ' + m.count;
    bar.append(title);
    box.append(bar);
  });
  chart.append(box);
}

function renderLag(kafka) {
  const list = $('pipeline-lag');
  list.replaceChildren();
  if (kafka.problem) {
    list.append(listItem('lag unknown: ' + kafka.problem, 'unknown'));
    return;
  }
  for (const stage of kafka.lag) {
    const item = listItem(undefined, 'stage');
    item.dataset.stage = stage.stage;
    if (stage.lag === null) {
      item.append(textSpan(stage.stage + ': lag unknown', 'unknown'));
    } else {
      item.append(textSpan(stage.stage + ': ', 'name'),
        textSpan(stage.lag.toLocaleString('en') + ' behind', stage.lag > 0 ? 'held' : 'count'),
        document.createTextNode(' on ' + stage.topic + ' (group ' + stage.group + ')'));
    }
    if (stage.note) item.append(textSpan(stage.note, 'note'));
    list.append(item);
  }
}

function renderDeadLetters(kafka) {
  const list = $('pipeline-dead-letters');
  list.replaceChildren();
  if (kafka.problem) {
    list.append(listItem('dead letters unknown: ' + kafka.problem, 'unknown'));
    return;
  }
  for (const topic of kafka.deadLetters) {
    const item = listItem(undefined, 'dlq');
    item.dataset.stage = topic.stage;
    item.append(textSpan(topic.topic + ': ', 'name'),
      textSpan(topic.count.toLocaleString('en') + (topic.count === 1 ? ' dead letter' : ' dead letters'),
        topic.count > 0 ? 'held' : 'count'));
    if (topic.problem) item.append(textSpan(topic.problem, 'note unknown'));
    if (topic.latest.length) {
      const latest = document.createElement('ol');
      latest.className = 'dlq-latest';
      for (const letter of topic.latest) {
        const entry = listItem(undefined, 'dead-letter');
        entry.append(textSpan(formatInstant(letter.at) + ' · ', 'when'),
          textSpan((letter.reasonCode || 'no reason code') + ': ', 'reason-code'),
          textSpan(letter.reason || 'no reason given', 'reason'));
        const what = document.createElement('code');
        what.className = 'what';
        what.textContent = letter.url || letter.key || '(no URL, no key)';
        entry.append(document.createElement('br'), what);
        latest.append(entry);
      }
      item.append(latest);
    }
    list.append(item);
  }
}

function renderDrift(view) {
  const list = $('pipeline-drift');
  list.replaceChildren();
  if (!view.drift) {
    $('pipeline-rule').textContent = '';
    list.append(listItem('drift unknown: ' + view.indexProblem, 'unknown'));
    return;
  }
  const d = view.drift;
  $('pipeline-rule').textContent = 'Last ' + hoursLabel(d.recentFrom, d.at) + ' against the '
    + hoursLabel(d.baselineFrom, d.recentFrom) + ' before: a field counts as fallen when its rate dropped by more than '
    + Math.round(d.minDrop * 100) + ' points beyond sampling error (Wilson, z ' + d.z + '), with at least '
    + d.minArticles + ' articles in each window.';
  const fell = d.sites.filter((s) => s.driftedFields.length > 0);
  if (fell.length === 0) {
    list.append(listItem('No site\u2019s fill rates fell (' + d.sites.length + (d.sites.length === 1 ? ' site' : ' sites')
      + ' checked).', 'empty'));
    return;
  }
  for (const site of fell) {
    const item = listItem(undefined, 'site');
    item.dataset.site = site.site;
    item.append(textSpan(site.site, 'name'), document.createTextNode(' (' + site.recentArticles + ' recent, '
      + site.baselineArticles + ' before)'));
    for (const field of site.fields.filter((f) => f.drifted)) {
      item.append(textSpan(field.field + ' ' + percent(field.baselineRate) + ' \u2192 ' + percent(field.recentRate),
        'note fell'));
    }
    if (site.recentMeanConfidence !== null && site.baselineMeanConfidence !== null) {
      item.append(textSpan('mean confidence ' + site.baselineMeanConfidence.toFixed(2) + ' \u2192 '
        + site.recentMeanConfidence.toFixed(2), 'note'));
    }
    list.append(item);
  }
}

// ---- article list ----

function formatInstant(iso) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit',
    minute: '2-digit', hour12: false, timeZone: 'UTC' }).format(d) + ' UTC';
}

function renderArticles(list, articles, emptyText) {
  list.replaceChildren();
  if (articles.length === 0) {
    const li = document.createElement('li');
    li.className = 'empty';
    li.textContent = emptyText;
    list.append(li);
    return;
  }
  for (const a of articles) {
    const li = document.createElement('li');
    li.className = 'article';
    const h3 = document.createElement('h3');
    const link = document.createElement('a');
    link.href = a.url || '#';
    link.rel = 'noopener noreferrer';
    // highlights come from Elasticsearch's html encoder: the article text is escaped, only <mark> is markup
    if (a.highlights && a.highlights.headline) link.innerHTML = a.highlights.headline;
    else link.textContent = a.headline;
    h3.append(link);
    const meta = document.createElement('p');
    meta.className = 'meta';
    const parts = [a.site, a.publishedAt ? formatInstant(a.publishedAt) : 'undated'];
    if (a.authors && a.authors.length) parts.push('by ' + a.authors.join(', '));
    meta.textContent = parts.filter(Boolean).join(' · ');
    li.append(h3, meta);
    const snippet = document.createElement('p');
    snippet.className = 'snippet';
    if (a.highlights && a.highlights.body && a.highlights.body.length) {
      snippet.innerHTML = a.highlights.body.join(' … ');
    } else if (a.description) {
      snippet.textContent = a.description;
    }
    if (snippet.textContent) li.append(snippet);
    if (a.topics && a.topics.length) {
      const tags = document.createElement('p');
      tags.className = 'tags';
      for (const t of a.topics) {
        const tag = document.createElement('button');
        tag.type = 'button';
        tag.className = 'tag';
        tag.textContent = t;
        tag.title = 'Show only ' + t;
        tag.addEventListener('click', () => {
          const next = readState();
          if (!next.topic.includes(t)) next.topic.push(t);
          next.page = 1;
          navigate(next);
        });
        tags.append(tag);
      }
      li.append(tags);
    }
    const entities = (a.entities || []).slice(0, ENTITIES_PER_ARTICLE);
    if (entities.length) {
      const names = document.createElement('p');
      names.className = 'entities';
      for (const e of entities) {
        entityNames.set(e.id, e.name);
        const link = document.createElement('a');
        link.className = 'entity';
        link.href = entityHash(e.id);
        link.dataset.entity = e.id;
        link.textContent = e.name;
        link.title = (ENTITY_TYPES[e.type] || 'Entity') + ': all articles about ' + e.name;
        names.append(link);
      }
      li.append(names);
    }
    if (a.skipped && a.skipped.length) {
      // not tagged is not the same as nothing found: the enricher's models read English only
      const note = document.createElement('p');
      note.className = 'skipped';
      note.textContent = 'No ' + a.skipped.join(' or ') + ' tagged: the enricher reads English, this article is in '
        + (a.language || 'another language');
      li.append(note);
    }
    list.append(li);
  }
}

// ---- one entity's page: #entity=<id>[&page=<n>] over /api/entities/{id} and /api/entities/{id}/articles ----

function entityHash(id, page) {
  const p = new URLSearchParams();
  p.set('entity', id);
  if (page > 1) p.set('page', String(page));
  return '#' + p.toString();
}

function entityRoute() {
  const p = new URLSearchParams(location.hash.slice(1));
  const id = p.get('entity');
  return id ? { id, page: Math.max(1, parseInt(p.get('page') || '1', 10) || 1) } : null;
}

function openEntity(id, page) {
  location.hash = entityHash(id, page); // hashchange shows it
}

function closeEntity() {
  history.pushState(null, '', location.pathname + location.search);
  route();
}

let entityGeneration = 0;

/** The entity page when the fragment names one, else the dashboard. */
function route() {
  const entity = entityRoute();
  $('entity-view').hidden = !entity;
  $('dashboard').hidden = Boolean(entity);
  if (entity) {
    showEntity(entity.id, entity.page);
  } else {
    document.title = 'newsflow · news dashboard';
    load();
  }
}

async function showEntity(id, page) {
  const mine = ++entityGeneration;
  $('entity-name').textContent = entityNames.get(id) || id;
  $('entity-meta').textContent = 'Loading…';
  $('entity-problem').hidden = true;
  $('entity-articles').replaceChildren();
  $('entity-pager').hidden = true;
  $('entity-filter').hidden = true;
  window.scrollTo(0, 0);
  const path = '/api/entities/' + encodeURIComponent(id);
  try {
    const [entity, articles] = await Promise.all([getJson(path),
      getJson(path + '/articles?size=' + PAGE_SIZE + (page > 1 ? '&page=' + page : ''))]);
    if (mine !== entityGeneration) return;
    entityNames.set(entity.id, entity.name);
    document.title = entity.name + ' · newsflow';
    $('entity-name').textContent = entity.name;
    const noun = entity.count === 1 ? 'article' : 'articles';
    $('entity-meta').textContent = (ENTITY_TYPES[entity.type] || 'Entity') + ' · ' + entity.count.toLocaleString('en')
      + ' ' + noun + ' · id ' + entity.id;
    $('entity-filter').hidden = false;
    $('entity-filter').textContent = 'Search within the articles about ' + entity.name;
    $('entity-filter').onclick = () => {
      history.pushState(null, '', '?' + new URLSearchParams({ entity: entity.id }));
      route();
    };
    renderArticles($('entity-articles'), articles.hits, 'No articles.');
    $('entity-pager').hidden = articles.pages <= 1;
    $('entity-page-info').textContent = `Page ${articles.page} of ${articles.pages}`;
    $('entity-prev').disabled = articles.page <= 1;
    $('entity-next').disabled = articles.page >= articles.pages;
    $('entity-prev').onclick = () => openEntity(id, articles.page - 1);
    $('entity-next').onclick = () => openEntity(id, articles.page + 1);
  } catch (e) {
    if (mine !== entityGeneration) return;
    $('entity-meta').textContent = '';
    $('entity-problem').textContent = 'Could not load this entity: ' + e.message;
    $('entity-problem').hidden = false;
  }
}

function renderPager(result, state) {
  $('pager').hidden = result.pages <= 1;
  $('page-info').textContent = `Page ${result.page} of ${result.pages}`;
  $('prev').disabled = result.page <= 1;
  $('next').disabled = result.page >= result.pages;
  $('prev').onclick = () => navigate({ ...readState(), page: state.page - 1 });
  $('next').onclick = () => navigate({ ...readState(), page: state.page + 1 });
}

document.addEventListener('DOMContentLoaded', () => {
  $('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const next = readState();
    next.q = $('q').value.trim();
    next.page = 1;
    navigate(next);
  });
  $('clear-filters').addEventListener('click', () => {
    history.pushState(null, '', location.pathname);
    load();
  });
  $('sort').addEventListener('change', () => navigate({ ...readState(), sort: $('sort').value, page: 1 }));
  $('entity-close').addEventListener('click', closeEntity);
  // popstate for the query string (back after a filter), hashchange for entity pages (a link, or back)
  window.addEventListener('popstate', route);
  window.addEventListener('hashchange', route);
  route();
  loadPipeline();
  setInterval(loadPipeline, PIPELINE_REFRESH_MS);
});
