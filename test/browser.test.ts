import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, print, visit, type DocumentNode } from 'graphql';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSettings, type Settings } from '../src/config';
import { mintToken } from '../src/server/auth/tokens';
import { FACTS } from '../src/seed/facts';
import { startInProcessApi } from '../src/server/api';
import { STARTING_QUERY } from '../src/server/graphiql';
import type { RunningServer } from '../src/server/http';
import { silentLogger } from '../src/server/observability/logger';
import {
  ActivitiesPerMonthDocument,
  CountySchoolsDocument,
  CoverageByCountyDocument,
  CoverageByProvinceDocument,
  PeopleTrainedByRegionDocument,
  ProgramReachDocument,
  TrackingBoardDocument,
} from './generated/operations';
import { dataOf, startTestApi, type GraphQLResult, type TestApi } from './support/api';

/*
 * The three browser pages in Debian's Chromium (never a downloaded browser), driven by
 * playwright-core against the server `npm start` runs: GraphiQL runs its starting query and its
 * Explorer lists the root fields; Voyager draws the schema; the dashboard shows the figures the API
 * returns (asked here over HTTP with the same operations). Every request each page makes is recorded
 * and must go to this server. Screenshots and load times go to test-results/browser/ (git-ignored).
 */

const CHROMIUM = '/usr/bin/chromium';
const OUT_DIR = path.join(__dirname, '..', 'test-results', 'browser');
const TRUSTEESHIP = 'COUNTY-HIGH-SCHOOL-TRUSTEESHIP';
const COMMITTEE_PROGRAM = 'RURAL-TALENT-GROUP-ASSISTANCE';

let api: TestApi;
let settings: Settings;
let server: RunningServer;
let context: BrowserContext;
let userDataDir: string;
const origin = () => new URL(server.url).origin;
/** Every URL any page asked for, by page name. */
const requests = new Map<string, string[]>();
const loadTimes: Record<string, Record<string, number>> = {};

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: apt-get update && apt-get install -y chromium fonts-noto-cjk`);
  }
  api = await startTestApi();
  // A secret of its own, so that the live panels and GraphiQL's subscription can be given a token.
  settings = loadSettings({
    NODE_ENV: 'production',
    DATABASE_URL: api.databaseUrl,
    AUTH_JWT_SECRET: 'browser-test-secret-of-at-least-thirty-two-bytes',
  });
  server = await startInProcessApi(settings, api.orm, silentLogger, 0);
  userDataDir = mkdtempSync(path.join(os.tmpdir(), 'agapi-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1400, height: 900 },
  });
  mkdirSync(OUT_DIR, { recursive: true });
});

afterAll(async () => {
  await context?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  if (Object.keys(loadTimes).length) {
    writeFileSync(path.join(OUT_DIR, 'load-times.json'), `${JSON.stringify(loadTimes, null, 2)}\n`);
    console.log(`page load times (ms): ${JSON.stringify(loadTimes)}`);
  }
  await server?.stop();
  await api?.close();
});

/** The same operation the page sends, over HTTP to the same server, as JSON. */
async function graphql<T>(document: DocumentNode, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: print(document), variables }),
  });
  // As the dashboard: fields an anonymous caller may not read are null with FORBIDDEN at their path.
  const result = (await response.json()) as GraphQLResult<T>;
  const errors = result.errors?.filter((error) => !(error.extensions?.code === 'FORBIDDEN' && error.path));
  return dataOf({ ...result, errors });
}

/** A token this test's server accepts. */
const tokenOf = (role: 'analyst' | 'ministry_admin') => mintToken({ role, subject: `browser:${role}` }, settings.auth);

/** Records an activity of a partnership (committed, as any write: the feed carries it). */
async function recordActivity(partnershipId: string, title: string, startDate: string): Promise<string> {
  const [row] = await api.sql<{ program_id: string; school_id: string }>(
    `select p.program_id, ps.school_id from assistance.partnership p
       join assistance.partnership_school ps on ps.partnership_id = p.id
      where p.id = $1 order by ps.school_id limit 1`,
    [partnershipId],
  );
  const result = await api.run<{ createActivity: { activity: { id: string } } }>(
    `mutation ($input: CreateActivityInput!) { createActivity(input: $input) { activity { id } } }`,
    {
      input: {
        programId: row!.program_id,
        partnershipId,
        schoolId: row!.school_id,
        kind: 'TEACHER_VISIT',
        title,
        startDate,
      },
    },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.createActivity.activity.id;
}

/** Waits until this test's server holds `count` subscriptions (the stream is open: writes from now reach it). */
async function subscribed(count: number) {
  await expect.poll(() => server.live!.subscriptions, { timeout: 15_000 }).toBe(count);
}

/** Errors and warnings each page wrote to its console, by page name. */
const consoleProblems = new Map<string, string[]>();

/** A new page whose requests (every one, assets, API calls, workers) are recorded under `name`. */
async function openPage(name: string): Promise<Page> {
  const page = await context.newPage();
  const urls: string[] = [];
  const problems: string[] = [];
  requests.set(name, urls);
  consoleProblems.set(name, problems);
  page.on('request', (request) => urls.push(request.url()));
  page.on('pageerror', (error) => urls.push(`pageerror:${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  return page;
}

/** Every request of the page went to this server (blob: URLs the page made itself carry its origin). */
function expectOnlyThisServer(name: string) {
  const urls = requests.get(name)!;
  expect(urls.length, name).toBeGreaterThan(2);
  const elsewhere = urls.filter((url) => {
    if (url.startsWith('data:')) return false;
    try {
      return new URL(url.startsWith('blob:') ? url.slice('blob:'.length) : url).origin !== origin();
    } catch {
      return true;
    }
  });
  expect(elsewhere, `${name}: requests to other hosts or page errors`).toEqual([]);
}

/** Milliseconds from navigation start to `ready`, and the browser's own load timings. */
async function timeLoad(page: Page, name: string, url: string, ready: () => Promise<unknown>) {
  const started = performance.now();
  await page.goto(url, { waitUntil: 'load' });
  await ready();
  const readyMs = Math.round(performance.now() - started);
  const navigation = await page.evaluate(() => {
    // Runs in the page (the browser's Navigation Timing entry; this file is typed without the DOM library).
    const [entry] = performance.getEntriesByType('navigation' as never) as unknown as {
      domContentLoadedEventEnd: number;
      loadEventEnd: number;
    }[];
    return { domContentLoaded: Math.round(entry!.domContentLoadedEventEnd), load: Math.round(entry!.loadEventEnd) };
  });
  loadTimes[name] = { ...navigation, ready: readyMs };
  await page.screenshot({ path: path.join(OUT_DIR, `${name}.png`), fullPage: true });
}

describe('GraphiQL with the Explorer', () => {
  it('runs its starting query and lists the root fields in the Explorer, all from this server', async () => {
    const page = await openPage('graphiql');
    const rootFields = (
      await graphql<{ __schema: { queryType: { fields: { name: string }[] } } }>(
        parse('{ __schema { queryType { fields { name } } } }'),
      )
    ).__schema.queryType.fields.map((field) => field.name);
    // The Explorer's root list: a node per root field, in the operation's element or, once the field
    // is expanded, in a wrapper of its own there (nested fields sit one level deeper).
    const listed = () =>
      page.$$eval('.graphiql-explorer-root [id^="query-"] .graphiql-explorer-node > span[data-field-name]', (spans) =>
        spans
          .filter((span) => {
            const node = span.parentElement!;
            const atRoot = (element: { id: string } | null) => element?.id.startsWith('query-') ?? false;
            return atRoot(node.parentElement) || atRoot(node.parentElement!.parentElement);
          })
          .map((span) => span.getAttribute('data-field-name')),
      );
    await timeLoad(page, 'graphiql', server.url, async () => {
      await page.waitForSelector('.graphiql-explorer-root [data-field-name="provinces"]');
    });
    expect((await listed()).sort()).toEqual([...rootFields].sort());

    // It opens at the top: the Explorer's argument inputs (first: 10 …) do not take the focus and
    // scroll their panel down; the cursor is in the query editor; the Explorer can show every
    // argument of the starting query (no "arg mismatch" in the console).
    await page.waitForTimeout(500);
    const scrolled = await page.evaluate(() =>
      [...document.querySelectorAll('*')].filter((node) => node.scrollTop > 0).map((node) => node.className),
    );
    expect(scrolled, 'elements scrolled down at load').toEqual([]);
    expect(await page.evaluate(() => document.activeElement?.closest('.graphiql-query-editor') !== null)).toBe(true);
    const title = await page.locator('.graphiql-explorer-root .graphiql-operation-title-bar').first().boundingBox();
    expect(title!.y).toBeLessThan(200);
    expect(consoleProblems.get('graphiql')).toEqual([]);
    expect(await page.textContent('.graphiql-logo')).toContain('Docs');

    const answer = page.waitForResponse(
      (response) => response.request().method() === 'POST' && /Trusteeship/.test(response.request().postData() ?? ''),
    );
    await page.click('.graphiql-execute-button');
    const body = (await (await answer).json()) as GraphQLResult<{
      program: { partnerships: { totalCount: number } };
    }>;
    const expected = await graphql<{ program: { partnerships: { totalCount: number } } }>(parse(STARTING_QUERY));
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual(expected);
    await expect
      .poll(() => page.textContent('.result-window'))
      .toContain(`"totalCount": ${expected.program.partnerships.totalCount}`);

    // Clicking a root field in the Explorer adds it to the query.
    await page.click(
      '.graphiql-explorer-root [id^="query-"] > .graphiql-explorer-node > span[data-field-name="provinces"]',
    );
    await expect.poll(() => page.textContent('.graphiql-query-editor')).toContain('provinces');
    // The click rewrote the query from its syntax tree: all of the starting query is still there
    // (comments would have been dropped), with the new field beside it.
    const edited = await page.evaluate(() =>
      (
        document.querySelector('.graphiql-query-editor .CodeMirror') as unknown as {
          CodeMirror: { getValue(): string };
        }
      ).CodeMirror.getValue(),
    );
    for (const line of STARTING_QUERY.split('\n').filter((text) => text.trim().startsWith('#'))) {
      expect(edited, 'a comment of the starting query').toContain(line);
    }
    const withoutProvinces = visit(parse(edited), {
      Field: (field) => (field.name.value === 'provinces' ? null : undefined),
    });
    expect(print(withoutProvinces)).toBe(print(parse(STARTING_QUERY)));
    expect(consoleProblems.get('graphiql')).toEqual([]);
    await page.screenshot({ path: path.join(OUT_DIR, 'graphiql-result.png') });
    expectOnlyThisServer('graphiql');
    await page.close();
  });
});

describe('GraphiQL subscriptions', () => {
  it('runs a subscription typed in the editor over WebSocket with the Headers tab token, and shows the event', async () => {
    const page = await openPage('graphiql-subscription');
    await page.goto(server.url, { waitUntil: 'load' });
    await page.waitForSelector('.graphiql-query-editor .CodeMirror');
    const subscription = `subscription Recorded {
  changes(where: { types: ["Activity"] }) {
    type
    action
    id
    record {
      ... on Activity {
        title
      }
    }
  }
}`;
    const token = await tokenOf('ministry_admin');
    // The editors are CodeMirror 5 instances (this file is typed without the DOM library).
    await page.click('button:has-text("Headers")');
    await page.evaluate(
      ({ query, headers }) => {
        type Editor = { CodeMirror: { setValue(text: string): void } };
        const select = (css: string) => [...document.querySelectorAll(css)] as unknown as (Editor & Element)[];
        select('.graphiql-query-editor .CodeMirror')[0]!.CodeMirror.setValue(query);
        const visible = select('.graphiql-editor-tool .CodeMirror').filter((node) => !node.closest('.hidden'));
        visible[0]!.CodeMirror.setValue(headers);
      },
      { query: subscription, headers: JSON.stringify({ Authorization: `Bearer ${token}` }) },
    );
    // GraphiQL learns the operation's name from the editor a moment after a change (debounced): run it
    // before that and it sends the starting query's name. Its tab state (kept in localStorage) says when.
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('graphiql:tabState') ?? ''), { timeout: 10_000 })
      .toContain('"operationName":"Recorded"');
    const before = server.live!.subscriptions;
    await page.click('.graphiql-execute-button');
    await subscribed(before + 1);
    const title = `Seen in GraphiQL ${Date.now()}`;
    const id = await recordActivity((await pickPartnership()).id, title, '2025-05-06');
    await expect.poll(() => page.textContent('.result-window'), { timeout: 15_000 }).toContain(title);
    const shown = await page.evaluate(() =>
      (
        document.querySelector('.result-window .CodeMirror') as unknown as { CodeMirror: { getValue(): string } }
      ).CodeMirror.getValue(),
    );
    expect(JSON.parse(shown)).toEqual({
      data: { changes: { type: 'Activity', action: 'CREATE', id, record: { title } } },
    });
    await page.screenshot({ path: path.join(OUT_DIR, 'graphiql-subscription.png') });
    // Stopping it (the same button) ends the subscription on the server.
    await page.click('.graphiql-execute-button');
    await subscribed(before);
    expect(consoleProblems.get('graphiql-subscription')).toEqual([]);
    await page.close();
  });
});

/** A partnership of the trusteeship programme. */
async function pickPartnership(): Promise<{ id: string }> {
  const [row] = await api.sql<{ id: string }>(
    `select p.id from assistance.partnership p join assistance.program g on g.id = p.program_id
      where g.code = $1 order by p.id limit 1`,
    [TRUSTEESHIP],
  );
  return row!;
}

describe('GraphQL Voyager', () => {
  it('draws the types of the client-facing schema and their relations, from this server only', async () => {
    const page = await openPage('voyager');
    await timeLoad(page, 'voyager', `${origin()}/voyager`, () =>
      page.waitForSelector('svg g.node.type', { timeout: 45_000 }),
    );
    // Graphviz's SVG: a node per type (id TYPE::<name>), an edge per field that leads to another type.
    const nodes = await page.$$eval('svg g.node.type', (groups) => groups.map((group) => group.id));
    for (const type of ['TYPE::Query', 'TYPE::School', 'TYPE::County', 'TYPE::Partnership', 'TYPE::StatisticsRow']) {
      expect(nodes, type).toContain(type);
    }
    expect(nodes.length).toBeGreaterThan(20);
    expect(await page.locator('svg g.edge').count()).toBeGreaterThan(50);

    // It opens zoomed on a central type, legible (the whole schema fitted in the window drew each of
    // its ~20 field rows about 1 px high), inside the drawing area, right of the type list.
    const partnership = page.locator('svg g.node.type[id="TYPE::Partnership"]');
    const rows = await partnership.locator('.field').count();
    expect(rows).toBeGreaterThan(10);
    const panel = (await page.locator('.doc-panel').boundingBox())!;
    await expect
      .poll(
        async () => {
          const box = (await partnership.boundingBox())!;
          return {
            rowHeight: box.height / (rows + 1) >= 14,
            inDrawingArea: box.x >= panel.x + panel.width && box.x + box.width <= 1400 && box.y >= 0,
          };
        },
        { timeout: 10_000 },
      )
      .toEqual({ rowHeight: true, inDrawingArea: true });
    // The footer's emoji (a missing-glyph box without an emoji font) is gone; its text stays.
    const footer = await page.locator('.doc-panel').getByText('Powered by').textContent();
    expect(footer).toMatch(/^Powered by/);
    expect(footer).not.toMatch(/\p{Extended_Pictographic}/u);
    await page.screenshot({ path: path.join(OUT_DIR, 'voyager-focused.png') });
    expectOnlyThisServer('voyager');
    await page.close();
  });
});

type Reach = Awaited<ReturnType<typeof reachOf>>;
const reachOf = (regions: string[] | null = null) =>
  graphql<{
    statistics: {
      key: { program: { code: string } | null };
      provinces: number;
      counties: number;
      schools: number;
      partnerships: number;
      universities: number;
      principals: number;
      teachersAndStaff: number;
      peopleTrained: number;
    }[];
  }>(ProgramReachDocument, { regions });

/** The figures a card lists, in order: those of the reach that are not 0. */
const CARD_FIGURES = [
  'provinces',
  'counties',
  'schools',
  'partnerships',
  'universities',
  'principals',
  'teachersAndStaff',
  'peopleTrained',
] as const;

/** What the page's ECharts instance in `selector` draws: its series (name and data) and grid. */
function chartOption(page: Page, selector: string) {
  return page.$eval(selector, (element) => {
    // Runs in the page, where ECharts is a global (this file is typed without the DOM library).
    const charts = (globalThis as unknown as { echarts: { getInstanceByDom(e: unknown): unknown } }).echarts;
    const option = (charts.getInstanceByDom(element) as { getOption(): Record<string, unknown> }).getOption() as {
      series: { name: string; data: number[] }[];
      grid: { containLabel?: boolean; left: number }[];
      xAxis: { data?: string[]; axisLabel?: { rotate?: number } }[];
    };
    // Room left of the first bar for the first category label when rotated (ECharts' containLabel
    // does not count how far a rotated label reaches left): 0.7 of its width, as drawn at 12 px.
    const context = (
      globalThis as unknown as { document: { createElement(tag: string): unknown } }
    ).document.createElement('canvas') as {
      getContext(kind: string): { font: string; measureText(t: string): { width: number } };
    };
    const measure = context.getContext('2d');
    measure.font = '12px sans-serif';
    const [axis] = option.xAxis;
    const first = axis?.axisLabel?.rotate && axis.data?.length ? measure.measureText(axis.data[0]!).width : 0;
    return {
      series: option.series.map((series) => ({ name: series.name, data: series.data })),
      containLabel: option.grid.every((grid) => grid.containLabel === true),
      firstLabelFits: option.grid[0]!.left + 16 >= first * 0.7,
    };
  });
}

/** A figure as the page prints it ("1,021"), as a number. */
const figure = (text: string | null | undefined) => Number((text ?? '').replaceAll(',', ''));

/** The cells of a figures table, row by row, as { field: text }. */
function tableRows(page: Page, selector: string) {
  return page.$$eval(`${selector} tbody tr`, (rows) =>
    rows.map((row) =>
      Object.fromEntries(
        [...row.querySelectorAll('td')].map((cell) => [cell.getAttribute('data-field'), cell.textContent]),
      ),
    ),
  );
}

const ready = (page: Page) => page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });

describe('the dashboard', () => {
  let page: Page;

  it('loads with the figures the API returns, from this server only', async () => {
    page = await openPage('dashboard');
    await timeLoad(page, 'dashboard', `${origin()}/dashboard`, () => ready(page));

    // Headline: what each programme reaches.
    const reach: Reach = await reachOf();
    const cards = await page.$$eval('#reach .card', (articles) =>
      articles.map((article) => ({
        program: article.getAttribute('data-program'),
        ...Object.fromEntries(
          [...article.querySelectorAll('dd')].map((dd) => [dd.getAttribute('data-field'), dd.textContent]),
        ),
      })),
    );
    // Each card lists the figures that are not 0 (the committee's card said "0 people trained").
    expect(cards).toEqual(
      reach.statistics.map((row) => ({
        program: row.key.program?.code ?? '',
        ...Object.fromEntries(
          CARD_FIGURES.filter((field) => row[field] > 0).map((field) => [field, row[field].toLocaleString('en')]),
        ),
      })),
    );
    expect(cards.find((card) => card.program === COMMITTEE_PROGRAM)).toMatchObject({ counties: '160', schools: '247' });
    // Each programme's headline as its document states it, from the API's figures.
    const headline = (program: string) => page.textContent(`#reach .card[data-program="${program}"] .headline`);
    const { trusteeship, committee } = FACTS;
    expect(await headline(TRUSTEESHIP)).toBe(
      `${trusteeship.universities} universities → ${trusteeship.counties} counties`,
    );
    expect(await headline(COMMITTEE_PROGRAM)).toBe(
      `${committee.principals} principals and ${committee.teachersAndStaff.toLocaleString('en')} teachers and staff`,
    );

    // Coverage by province (the trusteeship programme is selected at first).
    expect(await page.inputValue('select[name="program"]')).toBe(TRUSTEESHIP);
    const coverage = await graphql<{
      statistics: {
        key: { province: { code: string } | null };
        counties: number;
        schools: number;
        partnerships: number;
      }[];
    }>(CoverageByProvinceDocument, { programCodes: [TRUSTEESHIP] });
    const shown = await tableRows(page, '#coverage');
    expect(shown.map((row) => [row.counties, row.schools, row.partnerships])).toEqual(
      coverage.statistics.map((row) => [String(row.counties), String(row.schools), String(row.partnerships)]),
    );
    expect(shown).toHaveLength(24);
    // One bar per distinct figure: the trusteeship programme has one county, school and partnership
    // per county, so its three measures are one series named for all three.
    const coverageChart = await chartOption(page, '#coverage .chart');
    expect(coverageChart.series.map((series) => series.name)).toEqual(['counties = schools = partnerships']);
    expect(coverageChart.series[0]!.data).toEqual(coverage.statistics.map((row) => row.counties));

    // Activities per month, summed per university over the months.
    const activities = await graphql<{
      statistics: {
        key: { university: { code: string; nameEn: string } | null };
        activities: number;
        participants: number;
      }[];
    }>(ActivitiesPerMonthDocument, { programCodes: [TRUSTEESHIP] });
    const perUniversity = new Map<string, number>();
    for (const row of activities.statistics) {
      const code = row.key.university?.code ?? '';
      perUniversity.set(code, (perUniversity.get(code) ?? 0) + row.activities);
    }
    const universityKeys = await page.$$eval('#activities tbody tr', (rows) => rows.map((row) => row.dataset.key));
    const universityRows = await tableRows(page, '#activities');
    expect(new Map(universityKeys.map((key, i) => [key ?? '', figure(universityRows[i]!.activities)]))).toEqual(
      perUniversity,
    );
    // The chart: every activity per month in one grey series, the busiest university's in front of
    // it, each named in the legend (no unnamed "other universities" stack).
    const activitiesChart = await chartOption(page, '#activities .chart');
    const busiest = await page.$eval('#activities tbody tr.selected', (row) => row.dataset.key!);
    expect(perUniversity.get(busiest)).toBe(Math.max(...[...perUniversity].filter(([code]) => code).map(([, n]) => n)));
    const busiestName = activities.statistics.find((row) => row.key.university?.code === busiest)!.key.university!
      .nameEn;
    expect(activitiesChart.series.map((series) => series.name)).toEqual(['all activities', busiestName]);
    const [all, highlighted] = activitiesChart.series;
    expect(all!.data.reduce((sum, value) => sum + value, 0)).toBe(
      activities.statistics.reduce((sum, row) => sum + row.activities, 0),
    );
    expect(highlighted!.data.reduce((sum, value) => sum + value, 0)).toBe(perUniversity.get(busiest));
    // Axis labels are inside every chart's drawing area.
    for (const id of ['coverage', 'activities', 'tracking']) {
      expect(await chartOption(page, `#${id} .chart`), id).toMatchObject({ containLabel: true, firstLabelFits: true });
    }

    // People trained by region.
    const trained = await graphql<{ statistics: { key: { region: string | null }; peopleTrained: number }[] }>(
      PeopleTrainedByRegionDocument,
      { filter: { programCodes: [TRUSTEESHIP] } },
    );
    expect((await tableRows(page, '#trained')).map((row) => figure(row.peopleTrained))).toEqual(
      trained.statistics.map((row) => row.peopleTrained),
    );

    // Tracking: the partnerships behind or quiet as of the form's date, in the board's order.
    const board = await graphql<{
      partnershipProgress: { nodes: { status: string; partnership: { id: string } }[] };
    }>(TrackingBoardDocument, { programCodes: [TRUSTEESHIP], asOf: '2025-10-31', first: 50 });
    expect(board.partnershipProgress.nodes.length).toBeGreaterThan(0);
    expect(await page.$$eval('#tracking tbody tr', (rows) => rows.map((row) => row.dataset.key))).toEqual(
      board.partnershipProgress.nodes.map((row) => row.partnership.id),
    );
    // Statuses and tasks in words (the API's value kept in data-value), no enum names on the page.
    expect(
      await page.$$eval('#tracking td[data-field="status"]', (cells) => cells.map((cell) => cell.dataset.value)),
    ).toEqual(board.partnershipProgress.nodes.map((row) => row.status));
    expect((await tableRows(page, '#tracking')).map((row) => row.status)).toEqual(
      board.partnershipProgress.nodes.map((row) => row.status.toLowerCase().replace('_', ' ')),
    );
    expect(await page.textContent('#tracking table')).not.toMatch(/\b[A-Z]+_[A-Z_]+\b/);
    // Text left-aligned, figures right; dates on one line.
    const alignment = await page.$$eval('#tracking tbody tr:first-child td', (cells) =>
      Object.fromEntries(cells.map((cell) => [cell.dataset.field, getComputedStyle(cell).textAlign])),
    );
    expect(alignment).toEqual({
      status: 'left',
      university: 'left',
      county: 'left',
      teaching: 'right',
      behindOn: 'left',
      lastActivityOn: 'left',
      problems: 'left',
    });
    const dateLines = await page.$$eval('#tracking td[data-field="lastActivityOn"]', (cells) =>
      cells.map((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      }),
    );
    expect(new Set(dateLines)).toEqual(new Set([1]));
    expect(await page.$$eval('.status.error', (errors) => errors.length)).toBe(0);
    expectOnlyThisServer('dashboard');
  });

  it('drills down from a province to its counties and a county’s schools, principals, plans and figures', async () => {
    await page.click('#coverage summary');
    await page.click('#coverage tbody tr[data-key="64"]');
    await page.waitForSelector('#drill[data-state="ready"] .counties-table');
    const counties = await graphql<{
      statistics: { key: { county: { code: string } | null }; schools: number; partnerships: number }[];
    }>(CoverageByCountyDocument, { programCodes: [TRUSTEESHIP], provinceCodes: ['64'] });
    const countyRows = await tableRows(page, '#drill .counties-table');
    expect(countyRows.map((row) => [row.schools, row.partnerships])).toEqual(
      counties.statistics.map((row) => [String(row.schools), String(row.partnerships)]),
    );
    const code = counties.statistics[0]!.key.county!.code;
    await page.click(`#drill .counties-table tbody tr[data-key="${code}"]`);
    await page.waitForSelector(`#drill .schools-table[data-county="${code}"]`);
    const { county } = await graphql<{
      county: {
        schools: {
          nodes: {
            code: string;
            staffCount: number;
            principal: { person: { nameZh: string | null } } | null;
            assistancePlans: { title: string }[];
          }[];
        };
      };
    }>(CountySchoolsDocument, { code });
    const schoolKeys = await page.$$eval('#drill .schools-table tbody tr', (rows) =>
      rows.map((row) => row.dataset.key),
    );
    const schools = await tableRows(page, '#drill .schools-table');
    expect(schoolKeys).toEqual(county.schools.nodes.map((school) => school.code));
    county.schools.nodes.forEach((school, i) => {
      expect(schools[i]!.staffCount).toBe(String(school.staffCount));
      // Principals are not officials of the source documents: their names are not public.
      expect(schools[i]!.principal).toContain(
        school.principal ? (school.principal.person.nameZh ?? 'name not public') : '—',
      );
      if (school.assistancePlans[0]) expect(schools[i]!.plan).toContain(school.assistancePlans[0].title);
    });
    await page.screenshot({ path: path.join(OUT_DIR, 'dashboard-drill-down.png'), fullPage: true });
  });

  it('filters by programme and region: the committee programme in the west', async () => {
    await page.selectOption('select[name="program"]', COMMITTEE_PROGRAM);
    await ready(page);
    await page.selectOption('select[name="region"]', 'WEST');
    await ready(page);
    const coverage = await graphql<{ statistics: { counties: number; schools: number }[] }>(
      CoverageByProvinceDocument,
      { programCodes: [COMMITTEE_PROGRAM], regions: ['WEST'] },
    );
    const shown = await tableRows(page, '#coverage');
    expect(shown.map((row) => [row.counties, row.schools])).toEqual(
      coverage.statistics.map((row) => [String(row.counties), String(row.schools)]),
    );
    expect(coverage.statistics.reduce((sum, row) => sum + row.counties, 0)).toBeGreaterThan(0);
    // Its first province, Guangxi Zhuang Autonomous Region, has room for its rotated label.
    expect(await chartOption(page, '#coverage .chart')).toMatchObject({ firstLabelFits: true });
    // Counties and schools differ for the committee, and it has no partnership: two series, no zeros.
    expect((await chartOption(page, '#coverage .chart')).series).toEqual([
      { name: 'counties', data: coverage.statistics.map((row) => row.counties) },
      { name: 'schools', data: coverage.statistics.map((row) => row.schools) },
    ]);
    const reach: Reach = await reachOf(['WEST']);
    const committee = reach.statistics.find((row) => row.key.program?.code === COMMITTEE_PROGRAM)!;
    expect(await page.textContent(`#reach .card[data-program="${COMMITTEE_PROGRAM}"] dd[data-field="counties"]`)).toBe(
      String(committee.counties),
    );
    await page.screenshot({ path: path.join(OUT_DIR, 'dashboard-committee-west.png'), fullPage: true });
    expectOnlyThisServer('dashboard');
  });

  it('filters by years: activities from the first day of the first year to the last of the last, trainings of those years', async () => {
    await page.selectOption('select[name="program"]', TRUSTEESHIP);
    await ready(page);
    await page.selectOption('select[name="region"]', '');
    await ready(page);
    await page.selectOption('select[name="fromYear"]', '2023');
    await ready(page);
    await page.selectOption('select[name="toYear"]', '2024');
    await ready(page);
    const activities = await graphql<{ statistics: { key: { year: number | null }; activities: number }[] }>(
      ActivitiesPerMonthDocument,
      { programCodes: [TRUSTEESHIP], from: '2023-01-01', to: '2024-12-31' },
    );
    const total = activities.statistics.reduce((sum, row) => sum + row.activities, 0);
    expect(new Set(activities.statistics.map((row) => row.key.year))).toEqual(new Set([2023, 2024]));
    const shown = await tableRows(page, '#activities');
    expect(shown.reduce((sum, row) => sum + figure(row.activities), 0)).toBe(total);
    const trained = await graphql<{ statistics: { peopleTrained: number }[] }>(PeopleTrainedByRegionDocument, {
      filter: { programCodes: [TRUSTEESHIP], years: [2023, 2024] },
    });
    expect((await tableRows(page, '#trained')).map((row) => figure(row.peopleTrained))).toEqual(
      trained.statistics.map((row) => row.peopleTrained),
    );
    await page.selectOption('select[name="fromYear"]', '');
    await ready(page);
    await page.selectOption('select[name="toYear"]', '');
    await ready(page);
  });

  it('says clearly which figures the API refused, and shows the others', async () => {
    await page.route(`${origin()}/graphql`, async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string };
      if (body.operationName !== 'PeopleTrainedByRegion') return route.continue();
      await route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
        }),
      });
    });
    await page.selectOption('select[name="region"]', '');
    await ready(page);
    expect(await page.textContent('#trained .status')).toBe(
      'The API answered with an error: Internal server error [INTERNAL_SERVER_ERROR]',
    );
    expect(await page.$$eval('#trained tbody tr', (rows) => rows.length)).toBe(0);
    expect(await page.getAttribute('#coverage', 'data-state')).toBe('ready');
    await page.screenshot({ path: path.join(OUT_DIR, 'dashboard-error.png'), fullPage: true });
    await page.unroute(`${origin()}/graphql`);
    await page.close();
  });

  it('updates the activities and tracking panels live: an activity recorded now appears without a reload', async () => {
    const live = await openPage('dashboard-live');
    await live.goto(`${origin()}/dashboard`);
    await ready(live);
    // Without a token (production: none is preset) the page does not follow changes.
    expect(await live.getAttribute('#live .live-status', 'data-state')).toBe('off');
    const board = async () =>
      (
        await graphql<{
          partnershipProgress: {
            nodes: { status: string; lastActivityOn: string | null; partnership: { id: string } }[];
          };
        }>(TrackingBoardDocument, { programCodes: [TRUSTEESHIP], asOf: '2025-10-31', first: 50 })
      ).partnershipProgress.nodes;
    const quiet = (await board()).find((row) => row.status === 'QUIET');
    expect(quiet, 'a quiet partnership on the board').toBeDefined();
    const [{ code: universityCode }] = await api.sql<{ code: string }>(
      `select u.code from assistance.partnership p join directory.university u on u.id = p.university_id where p.id = $1`,
      [quiet!.partnership.id],
    );
    const activitiesOf = async () =>
      figure(
        await live
          .$eval(
            `#activities tbody tr[data-key="${universityCode}"] td[data-field="activities"]`,
            (cell) => cell.textContent,
          )
          .catch(() => '0'),
      );
    const activitiesBefore = await activitiesOf();

    const before = server.live!.subscriptions;
    await live.fill('#live input[name="token"]', await tokenOf('analyst'));
    await live.click('#live button[type="submit"]');
    await live.waitForSelector('#live .live-status[data-state="on"]');
    await subscribed(before + 1);
    const navigations: string[] = [];
    live.on('framenavigated', (frame) => navigations.push(frame.url()));

    // The activity: in a month of 2025 and after the partnership went quiet, before the board's date.
    await recordActivity(quiet!.partnership.id, 'Live on the dashboard', '2025-10-20');
    await live.waitForSelector('#activities[data-live-updates="1"]', { timeout: 15_000 });
    await live.waitForSelector('#tracking[data-live-updates="1"]', { timeout: 15_000 });
    expect(await activitiesOf()).toBe(activitiesBefore + 1);
    // The tracking board as the API now answers it, which no longer has the partnership quiet.
    const after = await board();
    expect(after.find((row) => row.partnership.id === quiet!.partnership.id)).not.toEqual(quiet);
    expect(await live.$$eval('#tracking tbody tr', (rows) => rows.map((row) => row.dataset.key))).toEqual(
      after.map((row) => row.partnership.id),
    );
    expect(await live.textContent('#live .live-status')).toBe('following changes · last: Activity create');
    expect(navigations, 'no reload').toEqual([]);
    await live.screenshot({ path: path.join(OUT_DIR, 'dashboard-live.png'), fullPage: true });
    // The SSE stream went to this server too; closing the page ends the subscription.
    expectOnlyThisServer('dashboard-live');
    expect(consoleProblems.get('dashboard-live')).toEqual([]);
    await live.close();
    await subscribed(before);
  });

  it('on a server that refuses every operation (MAX_COST=20), each panel names the refusal', async () => {
    // A second server over the same database; its webhook sender is not what this test is about.
    const settings = loadSettings({
      NODE_ENV: 'production',
      DATABASE_URL: api.databaseUrl,
      MAX_COST: '20',
      WEBHOOKS: 'off',
    });
    const strict = await startInProcessApi(settings, api.orm, silentLogger, 0);
    try {
      const refused = await context.newPage();
      await refused.goto(`${new URL(strict.url).origin}/dashboard`);
      await ready(refused);
      for (const id of ['reach', 'coverage', 'activities', 'trained']) {
        expect(await refused.getAttribute(`#${id}`, 'data-state'), id).toBe('error');
        expect(await refused.textContent(`#${id} .status`), id).toMatch(
          /^The API answered with an error: .*\[COST_LIMIT_EXCEEDED\]$/,
        );
      }
      await refused.screenshot({ path: path.join(OUT_DIR, 'dashboard-refused.png'), fullPage: true });
      await refused.close();
    } finally {
      await strict.stop();
    }
  });
});
