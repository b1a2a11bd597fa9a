/*
 * Waymark built-in dashboard page. Reads the dashboard's definition (the same Java definition the
 * Grafana JSON is rendered from) from ./definition.json, offers its variables, and draws each panel
 * from the query API of this origin with Chart.js. Read-only: it only ever sends GET requests.
 * Each panel element carries data-state: loading, rendered, empty or error.
 */
(function () {
  'use strict';

  var main = document.querySelector('[data-dashboard]');
  if (!main) {
    return;
  }
  var slug = main.getAttribute('data-dashboard');
  var grid = document.getElementById('panels');
  var form = document.getElementById('variables');
  var notice = document.getElementById('notice');
  var definition = null;
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  var values = {};
  var charts = {};
  var generation = 0;

  var PALETTE = ['#2f6fb0', '#d9822b', '#3a9a6a', '#a8447d', '#6b5fb5', '#8c6d3f', '#c2403c',
    '#2a9bb3', '#7b8a99', '#b59f1e', '#4e7d3a', '#d16a9e'];

  function PanelError(message, denied) {
    this.message = message;
    this.denied = !!denied;
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) {
      e.className = cls;
    }
    if (text !== undefined && text !== null) {
      e.textContent = text;
    }
    return e;
  }

  function request(url, accept) {
    return fetch(url, {credentials: 'same-origin', headers: {Accept: accept}})
      .then(function (r) {
        if (r.status === 401) {
          throw new PanelError('Sign in to see this panel (the query API answered 401).', true);
        }
        if (r.status === 403) {
          throw new PanelError('Your role may not see this panel (the query API answered 403).', true);
        }
        if (!r.ok) {
          return r.text().then(function (body) {
            var detail = '';
            try {
              var p = JSON.parse(body);
              detail = (p.errors && p.errors.length ? p.errors.map(function (e) {
                return (e.parameter || e.field || '') + ' ' + (e.message || '');
              }).join('; ') : (p.detail || p.title || ''));
            } catch (ignored) {
              detail = '';
            }
            throw new PanelError('The query API answered ' + r.status + (detail ? ': ' + detail : '') + '.');
          });
        }
        return accept === 'text/plain' ? r.text() : r.json();
      }, function () {
        throw new PanelError('The query API could not be reached.');
      });
  }

  function getJson(url) {
    return request(url, 'application/json');
  }

  // ---- variables -------------------------------------------------------------------------

  function readUrl() {
    var q = new URLSearchParams(window.location.search);
    definition.variables.forEach(function (v) {
      if (q.has(v.name)) {
        values[v.name] = v.kind === 'multi' ? q.getAll(v.name).filter(Boolean) : q.get(v.name);
      } else {
        values[v.name] = v.kind === 'multi' ? [] : v.value;
      }
    });
  }

  function writeUrl() {
    var q = new URLSearchParams();
    definition.variables.forEach(function (v) {
      var val = values[v.name];
      if (Array.isArray(val)) {
        val.forEach(function (x) { q.append(v.name, x); });
      } else if (val) {
        q.set(v.name, val);
      }
    });
    var s = q.toString();
    window.history.replaceState(null, '', window.location.pathname + (s ? '?' + s : ''));
  }

  function buildVariables() {
    form.textContent = '';
    if (!definition.variables.length) {
      form.hidden = true;
      return Promise.resolve();
    }
    var pending = definition.variables.map(function (v) {
      var label = el('label', null, v.label);
      var input;
      if (v.kind === 'date' || v.kind === 'text') {
        input = el('input');
        input.type = v.kind === 'date' ? 'date' : 'text';
        input.value = values[v.name] || '';
        if (v.kind === 'text') {
          input.placeholder = 'all';
        }
      } else {
        input = el('select');
        if (v.kind === 'multi') {
          input.multiple = true;
          input.size = 3;
        }
      }
      input.name = v.name;
      input.id = 'var-' + v.name;
      label.appendChild(input);
      form.appendChild(label);
      input.addEventListener('change', function () {
        if (v.kind === 'multi') {
          values[v.name] = Array.prototype.filter.call(input.options, function (o) {
            return o.selected && o.value;
          }).map(function (o) { return o.value; });
        } else {
          values[v.name] = input.value;
        }
        writeUrl();
        drawAll();
      });
      if (input.tagName !== 'SELECT') {
        return Promise.resolve();
      }
      return options(v).then(function (opts) {
        if (v.kind === 'multi') {
          var all = el('option', null, 'All');
          all.value = '';
          all.selected = values[v.name].length === 0;
          input.appendChild(all);
        }
        opts.forEach(function (o) {
          var opt = el('option', null, o.label);
          opt.value = o.value;
          opt.selected = v.kind === 'multi' ? values[v.name].indexOf(o.value) >= 0 : values[v.name] === o.value;
          input.appendChild(opt);
        });
        if (v.kind !== 'multi' && !values[v.name] && opts.length) {
          values[v.name] = opts[0].value;
          input.value = opts[0].value;
        }
      }, function () {
        // Options that cannot be read (e.g. not allowed): the variable stays empty.
      });
    });
    return Promise.all(pending);
  }

  function options(v) {
    if (v.options) {
      return Promise.resolve(v.options.map(function (o) { return {value: o, label: o}; }));
    }
    if (!v.optionsFrom) {
      return Promise.resolve([]);
    }
    return getJson(v.optionsFrom.path).then(function (answer) {
      var seen = {};
      var out = [];
      (answer[v.optionsFrom.rows] || []).forEach(function (row) {
        var value = row[v.optionsFrom.field];
        if (value !== null && value !== undefined && !seen[value]) {
          seen[value] = true;
          var label = v.optionsFrom.label && row[v.optionsFrom.label]
            ? value + ' — ' + row[v.optionsFrom.label] : String(value);
          out.push({value: String(value), label: label});
        }
      });
      out.sort(function (a, b) { return a.value < b.value ? -1 : a.value > b.value ? 1 : 0; });
      return out;
    });
  }

  function substitute(text) {
    return String(text || '').replace(/\$([a-z]+)/g, function (all, name) {
      if (!(name in values)) {
        return all;
      }
      var v = values[name];
      if (Array.isArray(v)) {
        return v.length ? v.join(', ') : 'all providers';
      }
      return v || (name === 'learner' ? '(any)' : 'all');
    });
  }

  function url(api) {
    var q = new URLSearchParams();
    Object.keys(api.params).forEach(function (key) {
      var raw = api.params[key];
      var m = /^\$([a-z]+)$/.exec(raw);
      if (!m) {
        q.append(key, raw);
        return;
      }
      var v = values[m[1]];
      if (Array.isArray(v)) {
        v.forEach(function (x) { q.append(key, x); });
      } else if (v) {
        q.append(key, v);
      }
    });
    var s = q.toString();
    return api.path + (s ? '?' + s : '');
  }

  // ---- formatting ------------------------------------------------------------------------

  function number(v, unit) {
    if (v === null || v === undefined || v === '') {
      return '—';
    }
    if (typeof v !== 'number') {
      return String(v);
    }
    switch (unit) {
      case 'percent':
        return v.toFixed(1) + '%';
      case 's':
        return v < 1 ? (v * 1000).toFixed(1) + ' ms' : v.toFixed(2) + ' s';
      case 'bytes':
        return (v / 1048576).toFixed(1) + ' MiB';
      case 'reqps':
      case 'ops':
        return v.toFixed(2);
      default:
        return Number.isInteger(v) ? String(v) : v.toFixed(2);
    }
  }

  function pick(row, path) {
    return path.split('.').reduce(function (o, k) {
      return o === null || o === undefined ? undefined : o[k];
    }, row);
  }

  function label(column) {
    var last = column.split('.').pop();
    var words = last.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  function cell(row, column, unit) {
    var td = el('td');
    var v = pick(row, column);
    var suppressed = row.suppressed === true
      && ['value', 'learners', 'gapToRest'].concat(RATE_FIELDS).indexOf(column) >= 0;
    if (suppressed) {
      td.textContent = 'suppressed';
      td.className = 'suppressed';
    } else if (column === 'significant') {
      td.textContent = row.gapToRest === null || row.gapToRest === undefined ? '—'
        : (v ? 'significant' : 'not significant');
      if (v && row.gapToRest !== null) {
        td.className = 'significant';
      }
    } else if (typeof v === 'boolean') {
      td.textContent = v ? 'yes' : 'no';
      if (v && /^(low|missing|not|review|must)/.test(column.split('.').pop())) {
        td.className = 'flag-yes';
      }
    } else if (typeof v === 'number') {
      td.className = 'num';
      var u = /rate$|Rate$|currency$|Currency$/.test(column) || (column === 'value' && unit === 'percent')
        ? 'percent' : (column === 'value' ? unit : 'short');
      td.textContent = number(v, u);
    } else if (Array.isArray(v)) {
      td.textContent = v.map(function (x) {
        return x && typeof x === 'object' && 'field' in x
          ? x.field + ': ' + (x.oldValue === null ? '—' : x.oldValue) + ' → ' + (x.newValue === null ? '—' : x.newValue)
          : (typeof x === 'object' ? JSON.stringify(x) : String(x));
      }).join('; ');
    } else if (v && typeof v === 'object') {
      td.textContent = JSON.stringify(v);
    } else if (typeof v === 'string' && /^\d{4}-\d\d-\d\dT/.test(v)) {
      td.textContent = v.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC');
    } else {
      td.textContent = v === null || v === undefined || v === '' ? '—' : String(v);
    }
    return td;
  }

  var RATE_FIELDS = ['absenceRate', 'authorisedRate', 'unauthorisedRate', 'persistentAbsenceRate',
    'severeAbsenceRate', 'achievementRate', 'reviewCurrency', 'meanDistanceTravelled',
    'meanValueAdded', 'meanBaseline', 'meanLatest', 'gap', 'possible', 'present', 'overdue',
    'persistentAbsentees', 'severeAbsentees', 'active', 'current'];

  function table(body, rows, columns, unit) {
    var wrap = el('div', 'scroll');
    var t = el('table');
    var head = el('tr');
    columns.forEach(function (c) { head.appendChild(el('th', null, label(c))); });
    var thead = el('thead');
    thead.appendChild(head);
    t.appendChild(thead);
    var tbody = el('tbody');
    rows.forEach(function (row) {
      var tr = el('tr');
      columns.forEach(function (c) { tr.appendChild(cell(row, c, unit)); });
      tbody.appendChild(tr);
    });
    t.appendChild(tbody);
    wrap.appendChild(t);
    body.appendChild(wrap);
  }

  function chart(body, id, config) {
    var box = el('div', 'chart');
    var canvas = el('canvas');
    canvas.setAttribute('role', 'img');
    box.appendChild(canvas);
    body.appendChild(box);
    config.options = Object.assign({
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: {legend: {position: 'bottom', labels: {boxWidth: 12, font: {size: 11}}}},
    }, config.options || {});
    charts[id] = new window.Chart(canvas, config);
  }

  function axisTicks(unit) {
    return {callback: function (v) { return number(v, unit); }, font: {size: 11}};
  }

  function tooltip(unit, suppressedOf) {
    return {
      callbacks: {
        label: function (ctx) {
          var s = suppressedOf && suppressedOf(ctx);
          return (ctx.dataset.label ? ctx.dataset.label + ': ' : '')
            + (s ? 'suppressed' : number(ctx.raw === null ? null : (typeof ctx.raw === 'object' ? ctx.parsed.y : ctx.raw), unit));
        },
      },
    };
  }

  // ---- shapes ----------------------------------------------------------------------------

  function drawTrend(panel, body, answer) {
    var periods = answer.periods || [];
    var labels = periods.map(function (p) { return p.from.slice(0, 7); });
    var series = {};
    var suppressed = {};
    var byGroup = panel.api.params.by;
    periods.forEach(function (p, i) {
      var rows = byGroup ? (p.groups || []) : [p.total];
      rows.forEach(function (r) {
        if (!r) {
          return;
        }
        var name = byGroup ? r.group : 'All learners';
        series[name] = series[name] || labels.map(function () { return null; });
        suppressed[name] = suppressed[name] || labels.map(function () { return false; });
        series[name][i] = r.suppressed ? null : r.value;
        suppressed[name][i] = !!r.suppressed;
      });
    });
    var names = Object.keys(series).sort();
    if (!names.length) {
      return 0;
    }
    chart(body, panel.id, {
      type: 'line',
      data: {
        labels: labels,
        datasets: names.map(function (n, i) {
          return {label: n + (suppressed[n].every(Boolean) ? ' (suppressed)' : ''), data: series[n],
            borderColor: PALETTE[i % PALETTE.length], backgroundColor: PALETTE[i % PALETTE.length],
            spanGaps: false, tension: 0.2, pointRadius: 3};
        }),
      },
      options: {
        scales: {y: {beginAtZero: true, ticks: axisTicks(panel.unit)}, x: {ticks: {font: {size: 11}}}},
        plugins: {legend: {position: 'bottom', labels: {boxWidth: 12, font: {size: 11}}},
          tooltip: tooltip(panel.unit, function (ctx) {
            return suppressed[names[ctx.datasetIndex]][ctx.dataIndex];
          })},
      },
    });
    var hidden = names.filter(function (n) { return suppressed[n].some(Boolean); });
    if (hidden.length) {
      body.appendChild(el('p', 'foot', 'No figure in some months (suppressed: fewer than 5 learners'
        + ' counted) for ' + hidden.join(', ') + '.'));
    }
    return names.length;
  }

  function drawBreakdown(panel, body, answer) {
    var groups = answer.groups && answer.groups.length ? answer.groups : [answer.total];
    groups = groups.filter(Boolean);
    if (panel.api.value && panel.api.columns.length === 0) {
      var total = answer.total;
      if (!total) {
        return 0;
      }
      var stat = el('div', 'stat');
      if (total.suppressed) {
        stat.textContent = 'suppressed';
        stat.className = 'stat suppressed';
      } else {
        stat.textContent = number(total[panel.api.value], panel.unit);
        var n = total.learners !== undefined ? total.learners : total.active;
        if (n !== undefined && n !== null) {
          stat.appendChild(el('small', null, 'of ' + n + ' learners'));
        }
      }
      body.appendChild(stat);
      return 1;
    }
    if (!groups.length) {
      return 0;
    }
    table(body, groups, panel.api.columns, panel.unit);
    return groups.length;
  }

  function drawList(panel, body, answer) {
    var rows = answer[panel.api.rows] || [];
    if (!rows.length) {
      return 0;
    }
    table(body, rows, panel.api.columns, panel.unit);
    if (answer.total && answer.total > rows.length) {
      body.appendChild(el('p', 'foot', 'The latest ' + rows.length + ' of ' + answer.total + '.'));
    }
    return rows.length;
  }

  function barChart(panel, body, labels, data, colours, suppressedFlags) {
    chart(body, panel.id, {
      type: 'bar',
      data: {labels: labels, datasets: [{label: substitute(panel.title), data: data,
        backgroundColor: colours}]},
      options: {
        indexAxis: 'y',
        scales: {x: {beginAtZero: true, ticks: axisTicks(panel.unit)},
          y: {ticks: {autoSkip: false, font: {size: 11}}}},
        plugins: {legend: {display: false},
          tooltip: tooltip(panel.unit, function (ctx) {
            return suppressedFlags && suppressedFlags[ctx.dataIndex];
          })},
      },
    });
  }

  function drawCount(panel, body, answer) {
    var rows = answer[panel.api.rows] || [];
    var counts = {};
    rows.forEach(function (r) {
      var k = r[panel.api.value];
      if (k === null || k === undefined || k === '') {
        return; // as Grafana's terms buckets: an event without the field is in none
      }
      counts[String(k)] = (counts[String(k)] || 0) + 1;
    });
    var keys = Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a] || (a < b ? -1 : 1); });
    if (!keys.length) {
      return 0;
    }
    barChart(panel, body, keys, keys.map(function (k) { return counts[k]; }),
      keys.map(function (k, i) { return PALETTE[i % PALETTE.length]; }));
    var total = answer.total !== undefined ? answer.total : rows.length;
    body.appendChild(el('p', 'foot', rows.length < total
      ? 'Counted over the latest ' + rows.length + ' of ' + total + ' events.'
      : total + ' events counted.'));
    return keys.length;
  }

  function drawPublished(panel, body, answer) {
    var rows = answer.figures || [];
    if (!rows.length) {
      return 0;
    }
    if (!panel.api.value) {
      table(body, rows, panel.api.columns, panel.unit);
      return rows.length;
    }
    var field = panel.api.value;
    var seriesField = panel.api.columns[0] || 'group';
    if (panel.type === 'timeseries') {
      var periods = [];
      rows.forEach(function (r) {
        if (periods.indexOf(r.periodStart) < 0) {
          periods.push(r.periodStart);
        }
      });
      periods.sort();
      var names = [];
      rows.forEach(function (r) {
        if (names.indexOf(r[seriesField]) < 0) {
          names.push(r[seriesField]);
        }
      });
      names.sort();
      chart(body, panel.id, {
        type: 'line',
        data: {
          labels: periods.map(function (p) { return p.slice(0, 7); }),
          datasets: names.map(function (n, i) {
            return {
              label: String(n), borderColor: PALETTE[i % PALETTE.length],
              backgroundColor: PALETTE[i % PALETTE.length], tension: 0.2, pointRadius: 3,
              data: periods.map(function (p) {
                var r = rows.filter(function (x) { return x.periodStart === p && x[seriesField] === n; })[0];
                return r && !r.suppressed ? r[field] : null;
              }),
            };
          }),
        },
        options: {scales: {y: {ticks: axisTicks(panel.unit)}, x: {ticks: {font: {size: 11}}}},
          plugins: {legend: {position: 'bottom', labels: {boxWidth: 12, font: {size: 11}}},
            tooltip: tooltip(panel.unit)}},
      });
      return names.length;
    }
    var labels = rows.map(function (r) {
      return r[seriesField] + (r.suppressed ? ' (suppressed)' : (r.significant ? ' *' : ''));
    });
    barChart(panel, body, labels,
      rows.map(function (r) { return r.suppressed ? null : r[field]; }),
      rows.map(function (r) { return r.significant ? '#a3262a' : '#2f6fb0'; }),
      rows.map(function (r) { return r.suppressed; }));
    if (field === 'gapToRest') {
      body.appendChild(el('p', 'foot', '* significant at the 5% level (darker bar). Suppressed groups have no bar.'));
    }
    return rows.length;
  }

  function parsePrometheus(text) {
    var out = [];
    text.split('\n').forEach(function (line) {
      if (!line || line.charAt(0) === '#') {
        return;
      }
      var m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})?\s+(\S+)/.exec(line);
      if (!m) {
        return;
      }
      var labels = {};
      var re = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;
      var l;
      while ((l = re.exec(m[3] || '')) !== null) {
        labels[l[1]] = l[2];
      }
      out.push({name: m[1], labels: labels, value: parseFloat(m[4])});
    });
    return out;
  }

  function drawPrometheus(panel, body, text) {
    var samples = parsePrometheus(text);
    var split = panel.api.value;
    var groups = {};
    var order = [];
    function add(key, field, v) {
      if (!groups[key]) {
        groups[key] = {sum: 0, count: 0, value: 0};
        order.push(key);
      }
      groups[key][field] += v;
    }
    var histograms = panel.api.columns.filter(function (m) { return /_bucket$/.test(m); })
      .map(function (m) { return m.replace(/_bucket$/, ''); });
    panel.api.columns.forEach(function (metric) {
      // A histogram's own _sum and _count are read with its buckets, not as series of their own.
      if (histograms.some(function (h) { return metric === h + '_sum' || metric === h + '_count'; })) {
        return;
      }
      var histogram = /_bucket$/.test(metric);
      var base = histogram ? metric.replace(/_bucket$/, '') : metric;
      samples.forEach(function (s) {
        var key = split ? (s.labels[split] || '(none)') : base.replace(/^waymark_/, '').replace(/_/g, ' ');
        if (histogram && s.name === base + '_sum') {
          add(key, 'sum', s.value);
        } else if (histogram && s.name === base + '_count') {
          add(key, 'count', s.value);
        } else if (!histogram && s.name === metric && !isNaN(s.value)) {
          add(key, 'value', s.value);
          add(key, 'count', 1);
        }
      });
    });
    var keys = order.filter(function (k) { return groups[k].count > 0; });
    if (!keys.length) {
      return 0;
    }
    var histogramPanel = panel.api.columns.some(function (m) { return /_bucket$/.test(m); });
    var data = keys.map(function (k) {
      var g = groups[k];
      return histogramPanel ? g.sum / g.count : g.value;
    });
    var ranked = keys.map(function (k, i) { return {k: k, v: data[i]}; })
      .sort(function (a, b) { return b.v - a.v; }).slice(0, 15);
    barChart(panel, body, ranked.map(function (r) { return r.k; }), ranked.map(function (r) { return r.v; }),
      ranked.map(function (r, i) { return PALETTE[i % PALETTE.length]; }));
    var cumulative = panel.api.columns.every(function (m) { return /(_total|_count|_sum)$/.test(m); });
    body.appendChild(el('p', 'foot', (histogramPanel ? 'Mean since start (sum ÷ count)'
      : (cumulative ? 'Total since start' : 'Current value'))
      + ' of ' + panel.api.columns.join(', ') + ' from /actuator/prometheus'
      + (split ? ', by ' + split : '') + (keys.length > 15 ? '; the 15 largest of ' + keys.length : '') + '.'));
    return keys.length;
  }

  function markdown(body, text) {
    var box = el('div', 'text');
    String(text || '').split(/\n{2,}/).forEach(function (para) {
      var p = el('p');
      para.split(/(\*\*[^*]+\*\*|\*[^*]+\*)/).forEach(function (part) {
        if (/^\*\*[^*]+\*\*$/.test(part)) {
          p.appendChild(el('strong', null, part.slice(2, -2)));
        } else if (/^\*[^*]+\*$/.test(part)) {
          p.appendChild(el('em', null, part.slice(1, -1)));
        } else if (part) {
          p.appendChild(document.createTextNode(part));
        }
      });
      box.appendChild(p);
    });
    body.appendChild(box);
  }

  // ---- panels ----------------------------------------------------------------------------

  function shell(panel) {
    var section = el('article', 'panel w' + panel.width);
    section.id = panel.id;
    section.setAttribute('data-state', 'loading');
    section.setAttribute('data-shape', panel.api ? panel.api.shape : 'text');
    section.appendChild(el('h2', null, ''));
    var desc = el('p', 'desc', '');
    if (!panel.description) {
      desc.hidden = true;
    }
    section.appendChild(desc);
    section.appendChild(el('div', 'body'));
    return section;
  }

  function draw(panel, section, gen) {
    var body = section.querySelector('.body');
    if (charts[panel.id]) {
      charts[panel.id].destroy();
      delete charts[panel.id];
    }
    body.textContent = '';
    section.querySelector('h2').textContent = substitute(panel.title);
    section.querySelector('.desc').textContent = substitute(panel.description);
    section.setAttribute('data-state', 'loading');
    if (!panel.api) {
      markdown(body, panel.text);
      section.setAttribute('data-state', 'rendered');
      return Promise.resolve();
    }
    var prometheus = panel.api.shape === 'prometheus';
    var load = prometheus ? request(url(panel.api), 'text/plain') : getJson(url(panel.api));
    return load.then(function (answer) {
      if (gen !== generation) {
        return;
      }
      var n;
      switch (panel.api.shape) {
        case 'trend': n = drawTrend(panel, body, answer); break;
        case 'breakdown': n = drawBreakdown(panel, body, answer); break;
        case 'list': n = drawList(panel, body, answer); break;
        case 'count': n = drawCount(panel, body, answer); break;
        case 'published': n = drawPublished(panel, body, answer); break;
        case 'prometheus': n = drawPrometheus(panel, body, answer); break;
        default: throw new PanelError('Unknown panel source ' + panel.api.shape + '.');
      }
      if (!n) {
        body.appendChild(el('p', 'message', 'Nothing to show for this selection.'));
      }
      section.setAttribute('data-rows', String(n || 0));
      section.setAttribute('data-state', n ? 'rendered' : 'empty');
    }).catch(function (e) {
      if (gen !== generation) {
        return;
      }
      body.textContent = '';
      body.appendChild(el('p', 'message', e instanceof PanelError ? e.message : 'This panel could not be drawn.'));
      section.setAttribute('data-state', 'error');
      if (e instanceof PanelError && e.denied) {
        notice.textContent = 'Some panels are not available to your role. Sign in with another account to see them.';
        notice.hidden = false;
      }
    });
  }

  function drawAll() {
    generation++;
    main.removeAttribute('data-complete');
    var gen = generation;
    notice.hidden = true;
    var jobs = definition.panels.map(function (panel) {
      return draw(panel, document.getElementById(panel.id), gen);
    });
    return Promise.all(jobs).then(function () {
      if (gen === generation) {
        main.setAttribute('data-complete', 'true');
      }
    });
  }

  getJson(window.location.pathname.replace(/\/$/, '') + '/definition.json')
    .then(function (d) {
      definition = d;
      readUrl();
      definition.panels.forEach(function (p) { grid.appendChild(shell(p)); });
      return buildVariables();
    })
    .then(function () {
      writeUrl();
      return drawAll();
    })
    .catch(function (e) {
      notice.textContent = e instanceof PanelError ? e.message : 'The dashboard could not be loaded.';
      notice.hidden = false;
      main.setAttribute('data-complete', 'error');
    });
})();
