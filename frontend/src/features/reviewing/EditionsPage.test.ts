import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../app/i18n';
import type { Schemas } from '../../shared/api/client';
import { ElMessageBox } from '../../shared/ui/element';
import EditionsPage from './EditionsPage.vue';

// A generated year 2099 and its review, answered by a stubbed fetch that keeps the publishing rules of
// the service: after the first edition, another only while a correction is under way.
type Edition = Schemas['Edition'];
type Correction = NonNullable<Schemas['Correction']>;

const problem = (status: number, detail: string, errors?: Schemas['Violation'][]) => ({
  status,
  body: { type: `urn:zongshu:problem:${status}`, title: 'Problem', status, detail, instance: '/api/v1/reviews/2099', errors },
});

function edition(number: number, reason: string | null): Edition {
  return {
    code: `2099-${number}`, year: 2099, number, period: '2099', publishedBy: 'reviewer-test',
    publishedAt: `2099-0${number}-01T02:00:00Z`, values: 3, contentHash: 'ab'.repeat(32), draftVersion: number,
    reason, supersededBy: null, href: `/api/v1/reviews/2099/editions/${number}`, changedSince: [],
  };
}

let editions: Edition[];
let correction: Correction | null;
let publishAnswer: { status: number; body: unknown } | undefined; // instead of publishing, when set
let writes: { method: string; path: string; body: unknown }[];

const json = ({ status, body }: { status: number; body: unknown }) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status < 300 ? 'application/json' : 'application/problem+json' } });

function answer(method: string, path: string, body: unknown): { status: number; body: unknown } {
  if (method === 'GET' && path === '/api/v1/periods') {
    return { status: 200, body: [{ code: '2099', kind: 'year', startDate: '2099-01-01', endDate: '2099-12-31', state: 'closed' }] };
  }
  if (method === 'GET' && path === '/api/v1/reviews') return { status: 200, body: [{ year: 2099 }] };
  if (method === 'GET' && path === '/api/v1/org-units') return { status: 200, body: [] };
  if (method === 'GET' && path === '/api/v1/reviews/2099/editions') return { status: 200, body: editions };
  if (method === 'GET' && path === '/api/v1/indicators') return { status: 200, body: [] };
  if (method === 'GET' && path === '/api/v1/reviews/2099/editions/2') {
    return { status: 200, body: { ...edition(2, null), title: '测试', subtitle: null, sections: [{ key: 'theory', heading: '测试章节', theme: null, blocks: [] }] } };
  }
  if (method === 'GET' && path === '/api/v1/reviews/2099/editions/1/compare/2') {
    return {
      status: 200,
      body: {
        from: '2099-1', to: '2099-2', added: [], removed: [{ section: 'closing', block: 0, text: '删去的段落（测试）' }],
        changed: [{ section: 'theory', fromBlock: 1, toBlock: 1, segments: [
          { op: 'equal', text: '举办培训班' }, { op: 'delete', text: '12' }, { op: 'insert', text: '<b>13</b>' }, { op: 'equal', text: '期。' },
        ] }],
        figures: [{ section: 'theory', markup: '{{theory.test_classes}}', from: '12期', to: '13期' }],
        values: [{ indicator: 'theory.test_classes', orgUnit: 'T1', period: '2099', from: { value: 12, qualifier: 'exact' }, to: { value: 13, qualifier: 'exact' } }],
      },
    };
  }
  if (method === 'GET' && path === '/api/v1/reviews/2099/draft') {
    return { status: 200, body: { year: 2099, period: '2099', version: 1, latestEdition: editions.at(-1)?.code ?? null, correction } };
  }
  if (method === 'POST' && path === '/api/v1/reviews/2099/corrections') {
    if (correction) return problem(409, 'A correction of 2099 is under way already');
    correction = { reason: (body as { reason: string }).reason, by: 'reviewer-test', at: '2099-05-01T02:00:00Z', period: '2099', orgUnits: [] };
    return { status: 200, body: correction };
  }
  if (method === 'POST' && path === '/api/v1/reviews/2099/editions') {
    if (publishAnswer) return publishAnswer;
    if (editions.length && !correction) return problem(409, 'Edition 2099-1 is published. To publish another, start a correction');
    const next = edition(editions.length + 1, correction?.reason ?? null);
    editions = [...editions.map((e) => ({ ...e, supersededBy: e.supersededBy ?? next.code })), next];
    correction = null;
    return { status: 201, body: next };
  }
  return problem(404, path);
}

beforeEach(() => {
  editions = [edition(1, null)];
  correction = null;
  publishAnswer = undefined;
  writes = [];
  vi.stubGlobal('fetch', vi.fn(async (request: Request) => {
    const path = new URL(request.url).pathname;
    const body = request.method === 'GET' ? undefined : await request.clone().text().then((t) => (t ? JSON.parse(t) : undefined));
    if (request.method !== 'GET') writes.push({ method: request.method, path, body });
    return json(answer(request.method, path, body));
  }));
  vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

let router: ReturnType<typeof createRouter>;

/** The page at an address, in a router of its own (the year and the compared pair are the address's). */
async function open(path = '/reviewing/reviews/2099/editions') {
  router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/reviewing/editions', name: 'editions', component: EditionsPage },
      { path: '/reviewing/reviews/:year(\\d{4})/editions', name: 'review-editions', component: EditionsPage, props: true },
    ],
  });
  await router.push(path);
  const app = defineComponent({ render: () => h(RouterView) });
  const wrapper = mount(app, { global: { plugins: [i18n, router], stubs: { RouterLink: RouterLinkStub } }, attachTo: document.body });
  for (let i = 0; i < 4; i++) await flushPromises();
  return wrapper;
}

const button = (wrapper: Awaited<ReturnType<typeof open>>, name: string) =>
  wrapper.findAll('button').find((b) => b.text() === name);

// The first test pays for loading Element Plus: on a busy machine that alone can take seconds.
describe('EditionsPage', { timeout: 20_000 }, () => {
  it('publishes a correction only after its reason: the year reopens, and the new edition carries the reason', async () => {
    const wrapper = await open();
    expect(wrapper.find('table.editions tbody th').text()).toContain('2099-1');
    expect(wrapper.find('table.editions tbody td.reason').text()).toBe('首次发布');
    expect(button(wrapper, '发布新版本')).toBeUndefined(); // an edition is out: a reason comes first

    await wrapper.find('form.correction').trigger('submit');
    await flushPromises();
    expect(writes).toEqual([]);
    expect(wrapper.text()).toContain('请先写明更正原因。');

    await wrapper.find('#correction-reason').setValue('  测试县的数值有误，已核实更正（测试）  ');
    await wrapper.find('form.correction').trigger('submit');
    await flushPromises();
    expect(writes).toEqual([{ method: 'POST', path: '/api/v1/reviews/2099/corrections', body: { reason: '测试县的数值有误，已核实更正（测试）' } }]);
    const note = wrapper.find('.under-way');
    expect(note.attributes('role')).toBe('note'); // a state to read, not an alarm
    expect(note.text()).toContain('更正进行中');
    expect(note.text()).toContain('2099 年度已重新开放填报');
    expect(note.find('blockquote').text()).toBe('测试县的数值有误，已核实更正（测试）');

    await button(wrapper, '发布新版本')!.trigger('click');
    await flushPromises();
    expect(ElMessageBox.confirm).toHaveBeenCalledWith(expect.stringContaining('更正版本'), '发布新版本', expect.anything());
    const rows = wrapper.findAll('table.editions tbody tr');
    expect(rows.map((r) => r.find('th').text())).toEqual([expect.stringContaining('已被 2099-2 取代'), expect.stringContaining('现行')]);
    expect(rows[1]!.find('td.reason').text()).toBe('测试县的数值有误，已核实更正（测试）');
    expect(document.body.textContent).toContain('已发布版本 2099-2');
    expect(wrapper.find('form.correction').exists()).toBe(true); // a further edition is a further correction
  });

  it('publishes a first edition as before, without a reason', async () => {
    editions = [];
    const wrapper = await open();
    expect(wrapper.text()).toContain('该年度尚未发布版本。');
    expect(wrapper.find('form.correction').exists()).toBe(false);
    await button(wrapper, '发布新版本')!.trigger('click');
    await flushPromises();
    expect(writes.map((w) => w.path)).toEqual(['/api/v1/reviews/2099/editions']);
    expect(wrapper.find('table.editions tbody th').text()).toContain('2099-1');
  });

  it('lists what keeps the draft from being published, each at its place: the first 10 and how many more', async () => {
    correction = { reason: '测试原因', by: 'reviewer-test', at: '2099-05-01T02:00:00Z', period: '2099', orgUnits: [] };
    const errors = Array.from({ length: 12 }, (_, i) => ({
      field: `sections[1].blocks[${i}].source`, message: 'has no approved value',
      place: { section: 'talent', block: i, offset: 4, token: `{{talent.test_${i}}}` },
    }));
    publishAnswer = problem(422, '12 problems keep the draft of 2099 from being published', errors);
    const wrapper = await open();
    await button(wrapper, '发布新版本')!.trigger('click');
    await flushPromises();
    const alert = wrapper.find('[role="alert"]');
    expect(alert.text()).toContain('草稿还不能发布：12 处问题');
    const items = alert.findAll('li').map((li) => li.text());
    expect(items).toHaveLength(11);
    expect(items[0]).toBe('{{talent.test_0}} has no approved value（talent 节第 1 段第 5 字）');
    expect(items[10]).toBe('另有 2 条');
  });

  it('explains a refusal to publish and shows the state it was refused in', async () => {
    correction = { reason: '测试原因', by: 'reviewer-test', at: '2099-05-01T02:00:00Z', period: '2099', orgUnits: [] };
    const wrapper = await open();
    correction = null; // another reviewer published the correction meanwhile
    await button(wrapper, '发布新版本')!.trigger('click');
    await flushPromises();
    expect(wrapper.find('[role="alert"]').text()).toContain('现在不能发布');
    expect(wrapper.find('[role="alert"]').text()).toContain('To publish another, start a correction');
    expect(wrapper.find('form.correction').exists()).toBe(true);
  });

  it('goes from the old address to the newest published year’s', async () => {
    await open('/reviewing/editions');
    expect(router.currentRoute.value.fullPath).toBe('/reviewing/reviews/2099/editions');
  });

  it('compares the latest edition with the one before: deletions and insertions marked in words, the changed figures listed', async () => {
    editions = [edition(1, null), edition(2, '测试更正')];
    const wrapper = await open();
    const block = wrapper.find('.block-change');
    expect(block.find('h3').text()).toBe('测试章节 · 第 2 段');
    const [before, after] = block.findAll('.side .text');
    expect(before!.find('del').text()).toBe('删除：12（标记结束）');
    expect(after!.find('ins').text()).toBe('插入：<b>13</b>（标记结束）'); // text, never markup
    expect(after!.find('b').exists()).toBe(false);
    expect(after!.text()).toBe('举办培训班插入：<b>13</b>（标记结束）期。');
    expect(wrapper.text()).toContain('删去的段落（测试）');
    const figure = wrapper.find('table.figures tbody tr');
    expect(figure.findAll('th, td').map((c) => c.text())).toEqual(['测试章节', '{{theory.test_classes}}', '12期', '13期']);
    expect(wrapper.find('table.values tbody tr').text()).toContain('12');
  });
});
