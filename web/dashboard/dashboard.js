// The example dashboard: every figure comes from the public GraphQL API, through the operations of
// schema/operations (served by this server as /dashboard/operations.json), POSTed as JSON.

const endpoint = document.body.dataset.endpoint || '/graphql';
const TRUSTEESHIP = 'COUNTY-HIGH-SCHOOL-TRUSTEESHIP';
const REGION_NAMES = { EAST: 'East', CENTRAL: 'Central', WEST: 'West', NORTHEAST: 'Northeast' };

const form = document.getElementById('filters');
const charts = {};
/** Operation name → `{ query, documentId? }` (/dashboard/operations.json). */
let documents;

/** A trusted document is sent by its id alone; any other by its text. */
const byIdOrText = (operation) =>
  operation.documentId ? { documentId: operation.documentId } : { query: operation.query };

/** What a panel shows for a name the API does not give without a token (README, Rights). */
const NOT_PUBLIC = 'name not public';

/** An error the API answered with (GraphQL errors or an HTTP failure), shown where the figures would be. */
class ApiError extends Error {}

/** Runs one operation of schema/operations against the API; throws ApiError on any error. */
async function run(operationName, variables) {
  let response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      // By its trusted-document id where it has one: servers may run only those for anonymous callers.
      body: JSON.stringify({ ...byIdOrText(documents[operationName]), operationName, variables }),
    });
  } catch (error) {
    throw new ApiError(`the API could not be reached (${error.message})`);
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`the API answered HTTP ${response.status} without a GraphQL body`);
  }
  // A field the caller may not read (a person's name, without a token) is null with a FORBIDDEN error at
  // its path: the rest of the answer stands, and the panel shows the field as not public.
  const errors = (body.errors ?? []).filter((error) => !(error.extensions?.code === 'FORBIDDEN' && error.path));
  if (errors.length) {
    const [first] = errors;
    const code = first.extensions?.code ? ` [${first.extensions.code}]` : '';
    throw new ApiError(`${first.message}${code}`);
  }
  if (!response.ok || !body.data) throw new ApiError(`the API answered HTTP ${response.status}`);
  return body.data;
}

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'onclick') node.addEventListener('click', value);
    else node.setAttribute(name, value);
  }
  for (const child of children) node.append(child instanceof Node ? child : String(child ?? ''));
  return node;
}

/** An enum value as words: TEACHING_FORCE_CAPACITY → "teaching force capacity". */
const words = (value) => (value ? value.toLowerCase().replaceAll('_', ' ') : '—');
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A number, a share ("45%") or none: right-aligned. */
const isFigure = (value) =>
  value === null || value === undefined || value === '—' || typeof value === 'number' || /^\d+%$/.test(value);

/**
 * A figures table: header row, then one row per item; each cell's data-field names the figure. A
 * column is [field, title] or [field, title, format]: a formatted cell keeps the API's value in
 * data-value. Numbers are right-aligned (in a column of numbers, its title too), text left, dates
 * kept on one line.
 */
function fillTable(table, columns, rows) {
  const numeric = columns.map(
    ([field]) =>
      rows.some((row) => row[field] !== null && row[field] !== undefined) && rows.every((row) => isFigure(row[field])),
  );
  table.replaceChildren(
    element(
      'thead',
      {},
      element('tr', {}, ...columns.map(([, title], i) => element('th', numeric[i] ? { class: 'num' } : {}, title))),
    ),
    element(
      'tbody',
      {},
      ...rows.map((row) =>
        element(
          'tr',
          row.key ? { 'data-key': row.key } : {},
          ...columns.map(([field, , format], i) => {
            const value = row[field];
            const attributes = { 'data-field': field };
            if (numeric[i]) attributes.class = 'num';
            else if (typeof value === 'string' && ISO_DATE.test(value)) attributes.class = 'date';
            if (format) attributes['data-value'] = Array.isArray(value) ? value.join(',') : (value ?? '');
            const text = format ? format(value) : typeof value === 'number' ? value.toLocaleString('en') : value;
            return element('td', attributes, text ?? '—');
          }),
        ),
      ),
    ),
  );
}

/** Shows a panel's state: loading, an error (clearly, in place of its figures), or nothing. */
function setStatus(section, state, message) {
  const status = section.querySelector('.status');
  section.dataset.state = state;
  status.className = `status ${state}`;
  status.textContent =
    state === 'error' ? `The API answered with an error: ${message}` : state === 'loading' ? 'Loading…' : '';
}

/** Runs one panel: loading state, then its drawing, or its error message. */
async function panel(id, work) {
  const section = document.getElementById(id);
  setStatus(section, 'loading');
  try {
    await work(section);
    setStatus(section, 'ready');
  } catch (error) {
    if (!(error instanceof ApiError)) console.error(error);
    setStatus(section, 'error', error.message);
    // No stale figures next to the error: the chart and the table are emptied.
    charts[id]?.clear();
    section.querySelector('table')?.replaceChildren();
    section.querySelector('.cards')?.replaceChildren();
  }
}

/**
 * The grid for a chart whose category labels are rotated 45°: the first label reaches left of its
 * bar by about 0.7 of its width, which ECharts' containLabel does not count, so it would be cut.
 */
function rotatedLabelsGrid(labels, grid) {
  const context = document.createElement('canvas').getContext('2d');
  context.font = '12px sans-serif';
  const first = labels.length ? context.measureText(labels[0]).width : 0;
  return { ...grid, left: Math.max(grid.left ?? 8, Math.ceil(first * 0.71) - 16), containLabel: true };
}

function chartOf(section) {
  const id = section.id;
  charts[id] ??= echarts.init(section.querySelector('.chart'), null, { renderer: 'canvas' });
  return charts[id];
}

function filters() {
  const data = new FormData(form);
  const program = data.get('program') || null;
  const region = data.get('region') || null;
  let fromYear = Number(data.get('fromYear')) || null;
  let toYear = Number(data.get('toYear')) || null;
  if (fromYear && toYear && fromYear > toYear) [fromYear, toYear] = [toYear, fromYear];
  return {
    programCodes: program ? [program] : null,
    regions: region ? [region] : null,
    fromYear,
    toYear,
    asOf: data.get('asOf') || null,
  };
}

const yearsBetween = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** The figures a card lists under its headline (those that are 0 are left out). */
const REACH_FIGURES = [
  ['provinces', 'provinces'],
  ['counties', 'counties'],
  ['schools', 'schools'],
  ['partnerships', 'partnerships'],
  ['universities', 'universities'],
  ['principals', 'principals'],
  ['teachersAndStaff', 'teachers and staff'],
  ['peopleTrained', 'people trained'],
];

/**
 * A programme's headline, as its source document states it, from the API's figures: a programme of
 * university–county partnerships by its universities and the counties they reach (document 004: 48
 * universities, 115 counties); one that works through committees by the principals, teachers and staff
 * of the schools it targets (document 000: 247 principals, 2,145 teachers and staff).
 */
function headline(row) {
  const n = (field) => element('strong', {}, row[field].toLocaleString('en'));
  return row.partnerships > 0
    ? [n('universities'), ' universities → ', n('counties'), ' counties']
    : [n('principals'), ' principals and ', n('teachersAndStaff'), ' teachers and staff'];
}

async function drawReach(section) {
  const { regions } = filters();
  const data = await run('ProgramReach', { regions });
  const cards = section.querySelector('.cards');
  cards.replaceChildren(
    ...data.statistics.map((row) =>
      element(
        'article',
        { class: 'card', 'data-program': row.key.program?.code ?? '' },
        element('h3', {}, row.key.program?.nameEn ?? 'No programme'),
        element('p', { class: 'zh' }, row.key.program?.nameZh ?? ''),
        element('p', { class: 'headline', 'data-field': 'headline' }, ...headline(row)),
        element(
          'dl',
          {},
          ...REACH_FIGURES.filter(([field]) => row[field] > 0).map(([field, title]) =>
            element(
              'div',
              {},
              element('dt', {}, title),
              element('dd', { 'data-field': field }, row[field].toLocaleString('en')),
            ),
          ),
        ),
      ),
    ),
  );
  return data.statistics;
}

async function drawCoverage(section) {
  const { programCodes, regions } = filters();
  const data = await run('CoverageByProvince', { programCodes, regions });
  const rows = data.statistics.map((row) => ({
    key: row.key.province?.code ?? '',
    province: row.key.province ? `${row.key.province.nameEn} ${row.key.province.nameZh}` : 'no province',
    name: row.key.province?.nameEn ?? '—',
    region: REGION_NAMES[row.key.province?.region] ?? '—',
    partnerships: row.partnerships,
    counties: row.counties,
    schools: row.schools,
    universities: row.universities,
  }));
  fillTable(
    section.querySelector('table'),
    [
      ['province', 'province'],
      ['region', 'region'],
      ['counties', 'counties'],
      ['schools', 'schools'],
      ['partnerships', 'partnerships'],
      ['universities', 'universities'],
    ],
    rows,
  );
  for (const tr of section.querySelectorAll('tbody tr')) {
    tr.addEventListener('click', () => drillProvince(rows.find((row) => row.key === tr.dataset.key)));
  }
  const chart = chartOf(section);
  chart.setOption(
    {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: rotatedLabelsGrid(
        rows.map((row) => row.name),
        { left: 8, right: 16, top: 32, bottom: 8 },
      ),
      xAxis: { type: 'category', data: rows.map((row) => row.name), axisLabel: { rotate: 45, interval: 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: distinctSeries(rows, ['counties', 'schools', 'partnerships']).map(({ name, data }) => ({
        name,
        type: 'bar',
        data,
      })),
    },
    true,
  );
  chart.off('click');
  chart.on('click', (event) => drillProvince(rows[event.dataIndex]));
  if (rows.length === 0) setStatus(section, 'ready');
}

/**
 * One bar series per distinct figure: measures equal in every province (the trusteeship programme's
 * counties, schools and partnerships, one of each per county) are one series named for all of them,
 * and a measure that is 0 everywhere (a committee programme's partnerships) is left out.
 */
function distinctSeries(rows, fields) {
  const series = [];
  for (const field of fields) {
    const data = rows.map((row) => row[field]);
    if (data.every((value) => value === 0)) continue;
    const same = series.find((other) => other.data.every((value, i) => value === data[i]));
    if (same) same.name += ` = ${field}`;
    else series.push({ name: field, data });
  }
  return series;
}

async function drillProvince(row) {
  if (!row || !row.key) return;
  const section = document.getElementById('drill');
  section.hidden = false;
  section.querySelector('h2').textContent = `${row.province}: counties reached`;
  section.querySelector('.schools').replaceChildren();
  await panel('drill', async () => {
    const { programCodes } = filters();
    const data = await run('CoverageByCounty', { programCodes, provinceCodes: [row.key] });
    const table = element('table', { class: 'counties-table' });
    const counties = data.statistics.map((item) => ({
      key: item.key.county?.code ?? '',
      county: item.key.county ? `${item.key.county.nameZh} ${item.key.county.nameEn}` : '—',
      schools: item.schools,
      partnerships: item.partnerships,
      universities: item.universities,
    }));
    fillTable(
      table,
      [
        ['county', 'county (click for its schools)'],
        ['schools', 'schools covered'],
        ['partnerships', 'partnerships'],
        ['universities', 'universities'],
      ],
      counties,
    );
    for (const tr of table.querySelectorAll('tbody tr')) {
      tr.addEventListener('click', () => drillCounty(tr.dataset.key));
    }
    section.querySelector('.counties').replaceChildren(table);
  });
  section.scrollIntoView({ behavior: 'smooth', block: 'start' });
}

async function drillCounty(code) {
  const section = document.getElementById('drill');
  const target = section.querySelector('.schools');
  target.replaceChildren(element('p', { class: 'status loading' }, 'Loading…'));
  try {
    const { county } = await run('CountySchools', { code });
    if (!county) throw new ApiError(`no county ${code}`);
    const assisted = county.partnerships.nodes
      .map((node) => `${node.university.nameEn} (${node.program.nameEn})`)
      .join('; ');
    const table = element('table', { class: 'schools-table', 'data-county': county.code });
    fillTable(
      table,
      [
        ['school', 'school'],
        ['principal', 'principal'],
        ['staffCount', 'staff'],
        ['plan', 'assistance plan'],
        ['enrolled', 'students (latest year)'],
        ['admissions', 'undergraduate admissions (latest year)'],
      ],
      county.schools.nodes.map((school) => {
        const latest = [...school.metrics].sort((a, b) => b.year - a.year)[0];
        const plan = school.assistancePlans[0];
        return {
          key: school.code,
          school: `${school.nameZh} ${school.nameEn ?? ''}`,
          principal: !school.principal
            ? '—'
            : school.principal.person.nameZh === null
              ? NOT_PUBLIC
              : `${school.principal.person.nameZh} ${school.principal.person.nameEn ?? ''}`,
          staffCount: school.staffCount,
          plan: plan ? `${plan.title} · ${plan.goals.length} goals` : '—',
          enrolled: latest ? `${latest.enrolledStudents ?? '—'} (${latest.year})` : '—',
          admissions: latest ? `${latest.undergraduateAdmissions ?? '—'} (${latest.year})` : '—',
        };
      }),
    );
    target.replaceChildren(
      element(
        'h3',
        {},
        `${county.nameZh} ${county.nameEn}, ${county.province.nameEn}: ` +
          `${county.schools.totalCount} ${county.schools.totalCount === 1 ? 'school' : 'schools'}`,
      ),
      element('p', { class: 'note' }, assisted ? `Assisted by ${assisted}.` : 'No partnership.'),
      table,
    );
  } catch (error) {
    target.replaceChildren(element('p', { class: 'status error' }, `The API answered with an error: ${error.message}`));
  }
}

async function drawActivities(section) {
  const { programCodes, regions, fromYear, toYear } = filters();
  const data = await run('ActivitiesPerMonth', {
    programCodes,
    regions,
    from: fromYear ? `${fromYear}-01-01` : null,
    to: toYear ? `${toYear}-12-31` : null,
  });
  const months = [...new Set(data.statistics.map((row) => `${row.key.year}-${String(row.key.month).padStart(2, '0')}`))]
    .filter((month) => !month.startsWith('null'))
    .sort();
  const byUniversity = new Map();
  for (const row of data.statistics) {
    const code = row.key.university?.code ?? '';
    const entry = byUniversity.get(code) ?? {
      key: code,
      university: row.key.university ? row.key.university.nameEn : 'no university (ministry, committee)',
      activities: 0,
      participants: 0,
      perMonth: new Map(),
    };
    entry.activities += row.activities;
    entry.participants += row.participants;
    const month = `${row.key.year}-${String(row.key.month).padStart(2, '0')}`;
    entry.perMonth.set(month, (entry.perMonth.get(month) ?? 0) + row.activities);
    byUniversity.set(code, entry);
  }
  const universities = [...byUniversity.values()].sort(
    (a, b) => b.activities - a.activities || a.university.localeCompare(b.university),
  );
  fillTable(
    section.querySelector('table'),
    [
      ['university', 'university'],
      ['activities', 'activities'],
      ['participants', 'participations'],
    ],
    universities,
  );
  // Every university's activities per month as one grey bar, and in front of it one university's
  // (the busiest at first; click a row of the table for another): dozens of stacked universities,
  // or an "other universities" series, drew nothing anyone could read.
  for (const tr of section.querySelectorAll('tbody tr')) {
    tr.addEventListener('click', () => {
      selectedUniversity = tr.dataset.key;
      drawActivitiesChart(section, months, universities);
    });
  }
  drawActivitiesChart(section, months, universities);
}

/** The university drawn in front of the monthly totals (by code), until the reader picks another. */
let selectedUniversity = null;

function drawActivitiesChart(section, months, universities) {
  const highlighted =
    universities.find((entry) => entry.key === selectedUniversity && entry.key !== '') ??
    universities.find((entry) => entry.key !== '');
  for (const tr of section.querySelectorAll('tbody tr')) {
    tr.classList.toggle('selected', tr.dataset.key === highlighted?.key);
  }
  const total = months.map((month) => universities.reduce((sum, entry) => sum + (entry.perMonth.get(month) ?? 0), 0));
  const series = [
    {
      name: 'all activities',
      type: 'bar',
      itemStyle: { color: '#c9d2dc' },
      data: total,
    },
  ];
  if (highlighted) {
    series.push({
      name: highlighted.university,
      type: 'bar',
      barGap: '-100%',
      itemStyle: { color: '#2f6db5' },
      data: months.map((month) => highlighted.perMonth.get(month) ?? 0),
    });
  }
  chartOf(section).setOption(
    {
      tooltip: { trigger: 'axis', confine: true },
      legend: { top: 0, textStyle: { width: 360, overflow: 'truncate' } },
      grid: { left: 8, right: 16, top: 36, bottom: 36, containLabel: true },
      xAxis: { type: 'category', data: months },
      yAxis: { type: 'value', name: 'activities', minInterval: 1 },
      dataZoom: [{ type: 'inside' }, { type: 'slider', height: 16, bottom: 8 }],
      series,
    },
    true,
  );
}

async function drawTrained(section) {
  const { programCodes, regions, fromYear, toYear } = filters();
  const filter = { programCodes, regions };
  if (fromYear || toYear) {
    filter.years = yearsBetween(fromYear ?? toYear, toYear ?? fromYear);
  }
  const data = await run('PeopleTrainedByRegion', { filter });
  const rows = data.statistics.map((row) => ({
    key: row.key.region ?? '',
    region: REGION_NAMES[row.key.region] ?? 'no county',
    peopleTrained: row.peopleTrained,
    activities: row.activities,
    participants: row.participants,
  }));
  fillTable(
    section.querySelector('table'),
    [
      ['region', 'region'],
      ['peopleTrained', 'people trained'],
      ['activities', 'activities'],
      ['participants', 'participations'],
    ],
    rows,
  );
  chartOf(section).setOption(
    {
      tooltip: { trigger: 'axis' },
      grid: { left: 48, right: 16, top: 24, bottom: 32 },
      xAxis: { type: 'category', data: rows.map((row) => row.region) },
      yAxis: { type: 'value', name: 'people trained' },
      series: [
        {
          name: 'people trained',
          type: 'bar',
          data: rows.map((row) => row.peopleTrained),
          label: { show: true, position: 'top' },
        },
      ],
    },
    true,
  );
}

const STATUS_COLORS = { ON_TRACK: '#3a8f5c', BEHIND: '#d08a2e', QUIET: '#9aa5b1' };
const percent = (share) => (share === null || share === undefined ? '—' : `${Math.round(share * 100)}%`);

/** The tracking board: the rollup per province as stacked bars, then the partnerships behind or quiet. */
async function drawTracking(section) {
  const { programCodes, asOf } = filters();
  // Tracking is about partnerships: with "all programmes", the trusteeship programme's.
  const programs = programCodes ?? [TRUSTEESHIP];
  const [rollup, board] = await Promise.all([
    run('TrackingRollup', { by: 'PROVINCE', programCodes: programs, asOf }),
    run('TrackingBoard', { programCodes: programs, asOf, first: 50 }),
  ]);
  const provinces = rollup.progressRollup
    .filter((row) => row.province)
    .sort((a, b) => b.partnerships - a.partnerships || a.province.nameEn.localeCompare(b.province.nameEn));
  const bar = (name, status, field) => ({
    name,
    type: 'bar',
    stack: 'status',
    itemStyle: { color: STATUS_COLORS[status] },
    data: provinces.map((row) => row[field]),
  });
  chartOf(section).setOption(
    {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: rotatedLabelsGrid(
        provinces.map((row) => row.province.nameEn),
        { left: 8, right: 16, top: 32, bottom: 8 },
      ),
      xAxis: {
        type: 'category',
        data: provinces.map((row) => row.province.nameEn),
        axisLabel: { rotate: 45, interval: 0 },
      },
      yAxis: { type: 'value', name: 'partnerships', minInterval: 1 },
      series: [
        bar('on track', 'ON_TRACK', 'onTrack'),
        bar('behind', 'BEHIND', 'behind'),
        bar('quiet', 'QUIET', 'quiet'),
      ],
    },
    true,
  );
  const share = (row, task) => percent(row.goals.find((goal) => goal.task === task)?.shareOfTheWay);
  fillTable(
    section.querySelector('table'),
    [
      ['status', 'status', words],
      ['university', 'university'],
      ['county', 'county'],
      ['teaching', 'teaching force, share of the way'],
      ['behindOn', 'behind on', (values) => values.map(words).join('; ') || '—'],
      ['lastActivityOn', 'last activity'],
      ['problems', 'open problems (guidance given)'],
    ],
    board.partnershipProgress.nodes.map((row) => ({
      key: row.partnership.id,
      status: row.status,
      university: row.partnership.university.nameEn,
      county: `${row.partnership.county.nameEn}, ${row.partnership.county.province.nameEn}`,
      teaching: share(row, 'TEACHING_FORCE_CAPACITY'),
      behindOn: [...row.behindOn, ...row.behindOnActivities],
      lastActivityOn: row.lastActivityOn,
      problems: row.openProblems.length
        ? row.openProblems.map((problem) => `${problem.title} (${problem.guidance.nodes.length})`).join('; ')
        : '—',
    })),
  );
}

/** Redraws every panel for the filters; `data-ready` on the body is "true" once all have answered. */
async function refresh() {
  document.body.dataset.ready = 'false';
  document.getElementById('drill').hidden = true;
  await Promise.all([
    panel('reach', drawReach),
    panel('coverage', drawCoverage),
    panel('activities', drawActivities),
    panel('trained', drawTrained),
    panel('tracking', drawTracking),
  ]);
  document.body.dataset.ready = 'true';
}

/*
 * Live panels: with a bearer token (any role that follows changes; a development server presets
 * one), the page subscribes to the change feed over Server-Sent Events (graphql-sse) and redraws a
 * panel when a change of a type it draws arrives, without reloading. The stream resumes after the
 * last position received when it is cut (a slow consumer, a restart); an expired or refused token
 * stops it, and the panels stay as they are.
 */
const LIVE_PANELS = {
  activities: { draw: drawActivities, types: ['Activity', 'Participation'] },
  tracking: {
    draw: drawTracking,
    types: [
      'Activity',
      'Partnership',
      'AssistancePlan',
      'PlanGoal',
      'SchoolMetric',
      'Problem',
      'ProblemStatusChange',
      'Guidance',
    ],
  },
};
const LIVE_TYPES = [...new Set(Object.values(LIVE_PANELS).flatMap((panel) => panel.types))];
const LIVE_SUBSCRIPTION = `subscription DashboardChanges($types: [String!], $after: String) {
  changes(where: { types: $types }, after: $after) {
    position
    type
    action
  }
}`;
const TOKEN_KEY = 'agapi-dashboard-token';
/** Codes after which following again cannot help (the token). */
const FINAL_CODES = new Set(['TOKEN_EXPIRED', 'UNAUTHENTICATED', 'FORBIDDEN']);

const liveForm = document.getElementById('live');
const liveStatus = liveForm.querySelector('.live-status');
let following;
let lastPosition = null;
const stale = new Set();
let redrawTimer;

function showLive(state, text) {
  liveStatus.dataset.state = state;
  liveStatus.textContent = text;
}

/** Redraws the panels that changes made stale, once a burst of changes has passed. */
function redrawStale() {
  clearTimeout(redrawTimer);
  redrawTimer = setTimeout(async () => {
    const ids = [...stale];
    stale.clear();
    await Promise.all(
      ids.map(async (id) => {
        await panel(id, LIVE_PANELS[id].draw);
        const section = document.getElementById(id);
        section.dataset.liveUpdates = String(Number(section.dataset.liveUpdates ?? 0) + 1);
      }),
    );
  }, 300);
}

function follow(authorization) {
  following?.stop();
  following = undefined;
  if (!authorization) {
    showLive('off', 'off');
    return;
  }
  const bearer = /^bearer /i.test(authorization) ? authorization : `Bearer ${authorization}`;
  const client = graphqlSse.createClient({
    url: endpoint,
    headers: { authorization: bearer },
    retryAttempts: 0,
    on: { connected: () => showLive('on', 'following changes') },
  });
  let stopped = false;
  let retry;
  const subscribe = () => {
    showLive('connecting', 'connecting…');
    return client.subscribe(
      { query: LIVE_SUBSCRIPTION, variables: { types: LIVE_TYPES, after: lastPosition } },
      {
        next(result) {
          const error = result.errors?.[0];
          if (error) {
            const code = error.extensions?.code ?? 'ERROR';
            showLive('error', `stopped: ${error.message} [${code}]`);
            if (!FINAL_CODES.has(code)) again();
            return;
          }
          const change = result.data?.changes;
          if (!change) return;
          lastPosition = change.position;
          for (const [id, live] of Object.entries(LIVE_PANELS)) if (live.types.includes(change.type)) stale.add(id);
          showLive('on', `following changes · last: ${change.type} ${words(change.action)}`);
          redrawStale();
        },
        error(error) {
          const message = error instanceof Error ? error.message : String(error?.statusText ?? error);
          showLive('error', `stopped: ${message}`);
          // A refused token (401) stays refused; a dropped connection is followed again.
          if (!/401|403/.test(message)) again();
        },
        complete() {},
      },
    );
  };
  let dispose = subscribe();
  function again() {
    if (stopped) return;
    clearTimeout(retry);
    retry = setTimeout(() => {
      if (stopped) return;
      dispose();
      dispose = subscribe();
    }, 3000);
  }
  following = {
    stop() {
      stopped = true;
      clearTimeout(retry);
      dispose();
      client.dispose();
    },
  };
}

function startLive() {
  const preset = document.body.dataset.authorization;
  const saved = sessionStorage.getItem(TOKEN_KEY);
  liveForm.elements.token.value = (saved ?? preset ?? '').replace(/^bearer /i, '');
  liveForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const token = liveForm.elements.token.value.trim();
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
    follow(token);
  });
  follow(saved ?? preset);
}

async function start() {
  const thisYear = new Date().getFullYear();
  for (const name of ['fromYear', 'toYear']) {
    form.elements[name].replaceChildren(
      element('option', { value: '' }, 'any year'),
      ...yearsBetween(2020, thisYear).map((year) => element('option', { value: year }, year)),
    );
  }
  const programs = form.elements.program;
  programs.replaceChildren(element('option', { value: TRUSTEESHIP }, 'Trusteeship of county high schools'));
  try {
    const response = await fetch('/dashboard/operations.json');
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    documents = await response.json();
  } catch (error) {
    for (const id of ['reach', 'coverage', 'activities', 'trained', 'tracking']) {
      setStatus(document.getElementById(id), 'error', `the operations could not be loaded (${error.message})`);
    }
    document.body.dataset.ready = 'true';
    return;
  }
  // Every panel at once, the trusteeship programme selected; the programme list then comes from the
  // headline figures (the programmes that have any).
  await Promise.all([
    panel('reach', async (section) => {
      const rows = await drawReach(section);
      const selected = programs.value;
      programs.replaceChildren(
        ...rows
          .filter((row) => row.key.program)
          .map((row) => element('option', { value: row.key.program.code }, row.key.program.nameEn)),
        element('option', { value: '' }, 'all programmes'),
      );
      programs.value = selected;
    }),
    panel('coverage', drawCoverage),
    panel('activities', drawActivities),
    panel('trained', drawTrained),
    panel('tracking', drawTracking),
  ]);
  form.addEventListener('change', () => refresh());
  startLive();
  window.addEventListener('resize', () => Object.values(charts).forEach((chart) => chart.resize()));
  document.body.dataset.ready = 'true';
}

start();
