import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../app/i18n';
import type { Schemas } from '../../shared/api/client';
import SubmissionPage from './SubmissionPage.vue';

// Generated catalogue, unit and submission for the test; the API is answered by a stubbed fetch.
const indicator: Schemas['Indicator'] = {
  code: 'test.count', nameZh: '测试计数', nameEn: 'Test count', unit: '个', valueType: 'count',
  aggregation: 'sum', category: 'grassroots', min: 0, max: 100000000,
};
const share: Schemas['Indicator'] = {
  code: 'test.share', nameZh: '测试比例', nameEn: 'Test share', unit: '%', valueType: 'percent',
  aggregation: 'none', category: 'cadre', min: 0, max: 100,
};
const returned: Schemas['Submission'] = {
  id: 7, orgUnit: 'T1', period: '2099', state: 'returned', etag: '"3"', createdBy: 'clerk-test',
  createdAt: '2099-01-01T00:00:00Z', updatedAt: '2099-01-02T00:00:00Z', decidedBy: 'reviewer-test',
  reviewComment: '请核对（测试）',
  values: [{ indicator: 'test.count', unit: '个', value: 5, qualifier: 'exact', changed: true, reviewComment: '偏少（测试）' }],
};

type Answer = { status: number; body: unknown };
const json = ({ status, body }: Answer) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status < 300 ? 'application/json' : 'application/problem+json' } });

/** Answers GETs from fixtures and records writes, answering them with `write`. */
function stubApi(write: Answer) {
  const writes: Request[] = [];
  vi.stubGlobal('fetch', vi.fn(async (request: Request) => {
    const path = new URL(request.url).pathname;
    if (request.method !== 'GET') {
      writes.push(request);
      return json(write);
    }
    if (path === '/api/v1/submissions/7') return json({ status: 200, body: returned });
    if (path === '/api/v1/indicators') return json({ status: 200, body: [indicator, share] });
    if (path === '/api/v1/org-units') return json({ status: 200, body: [{ code: 'T1', nameZh: '测试县', nameEn: 'Test', level: 'county', parent: null }] });
    return json({ status: 404, body: { type: 'urn:zongshu:problem:not-found', title: 'Not found', status: 404, detail: path, instance: path } });
  }));
  return writes;
}

async function open() {
  const wrapper = mount(SubmissionPage, { props: { id: 7 }, global: { plugins: [i18n, createPinia()] }, attachTo: document.body });
  await flushPromises();
  return wrapper;
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('SubmissionPage', () => {
  it('shows a returned submission with the reviewer’s comments, overall and on the value', async () => {
    stubApi({ status: 200, body: returned });
    const wrapper = await open();
    expect(wrapper.find('h1').text()).toContain('测试县 · 2099');
    expect(wrapper.text()).toContain('请核对（测试）');
    expect(wrapper.text()).toContain('审核意见：偏少（测试）');
    expect((wrapper.find('input[aria-label="测试计数（个）"]').element as HTMLInputElement).value).toBe('5');
  });

  it('refuses a fraction of a count in place and sends nothing', async () => {
    const writes = stubApi({ status: 200, body: returned });
    const wrapper = await open();
    const input = wrapper.find('input[aria-label="测试计数（个）"]');
    await input.setValue('5.5');
    await input.trigger('change');
    expect(wrapper.text()).toContain('计数指标应为整数');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(writes).toEqual([]);
  });

  it('saves only what changed, on the version shown, and offers the newest when someone else saved first', async () => {
    const writes = stubApi({
      status: 412,
      body: { type: 'urn:zongshu:problem:precondition-failed', title: 'Precondition failed', status: 412,
              detail: 'submission 7 has changed since "3"; read it again', instance: '/api/v1/submissions/7/values' },
    });
    const wrapper = await open();
    const input = wrapper.find('input[aria-label="测试计数（个）"]');
    await input.setValue('6');
    await input.trigger('change');
    await wrapper.find('form').trigger('submit');
    await flushPromises();

    expect(writes).toHaveLength(1);
    expect(writes[0]!.method).toBe('PUT');
    expect(writes[0]!.headers.get('If-Match')).toBe('"3"');
    expect(await writes[0]!.json()).toEqual({ dataValues: [{ indicator: 'test.count', value: 6, qualifier: 'exact' }] });
    expect(wrapper.text()).toContain('submission 7 has changed since "3"');
    expect(wrapper.findAll('button').some((b) => b.text() === '重新载入最新版本')).toBe(true);
  });

  it('filters the rows without losing what was typed, and keeps a refused row in view', async () => {
    const writes = stubApi({ status: 200, body: returned });
    const wrapper = await open();
    const countInput = 'input[aria-label="测试计数（个）"]';
    const shareInput = 'input[aria-label="测试比例（%）"]';
    const showOnly = (label: string) =>
      wrapper.findAll('.el-radio-button').find((b) => b.text() === label)!.find('input').setValue(true);
    expect(wrapper.text()).toContain('显示 2 / 2 项');

    await showOnly('已填写');
    expect(wrapper.find(countInput).exists()).toBe(true);
    expect(wrapper.find(shareInput).exists()).toBe(false);
    await showOnly('需处理'); // the count carries the reviewer's comment
    expect(wrapper.find(countInput).exists()).toBe(true);
    expect(wrapper.find(shareInput).exists()).toBe(false);
    await showOnly('全部');
    await wrapper.find(shareInput).setValue('12.5');
    await wrapper.find('input[aria-label="查找指标（名称或代码）"]').setValue('count');
    expect(wrapper.find(shareInput).exists()).toBe(false);
    expect(wrapper.text()).toContain('显示 1 / 2 项');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(await writes[0]!.json()).toEqual({ dataValues: [{ indicator: 'test.share', value: 12.5, qualifier: 'exact' }] });

    await wrapper.find('input[aria-label="查找指标（名称或代码）"]').setValue('share');
    await wrapper.find(shareInput).setValue('120');
    await wrapper.find(shareInput).trigger('change');
    await wrapper.find('input[aria-label="查找指标（名称或代码）"]').setValue('no such indicator');
    expect(wrapper.find(shareInput).exists()).toBe(true);
    expect(wrapper.find(countInput).exists()).toBe(false);
  });
});

describe('SubmissionPage keeps what was typed', () => {
  const draft: Schemas['Submission'] = { ...returned, state: 'draft', values: [], reviewComment: undefined, decidedBy: undefined };
  const bad = { type: 'urn:zongshu:problem:invalid-body', title: 'Invalid body', status: 400, detail: '1 problem',
    instance: '/api/v1/submissions/7/values', errors: [{ field: 'dataValues[1].value', index: 1, message: 'must be at most 100 (test)' }] };

  /** GETs from fixtures; each write answered by the next of `answers`. */
  function stubWrites(answers: Answer[]) {
    const writes: Request[] = [];
    vi.stubGlobal('fetch', vi.fn(async (request: Request) => {
      const path = new URL(request.url).pathname;
      if (request.method !== 'GET') {
        writes.push(request);
        return json(answers.shift()!);
      }
      if (path === '/api/v1/submissions/7') return json({ status: 200, body: draft });
      if (path === '/api/v1/indicators') return json({ status: 200, body: [indicator, share] });
      if (path === '/api/v1/org-units') return json({ status: 200, body: [{ code: 'T1', nameZh: '测试县', nameEn: 'Test', level: 'county', parent: null }] });
      return json({ status: 404, body: { type: 'urn:zongshu:problem:not-found', title: 'Not found', status: 404, detail: path, instance: path } });
    }));
    return writes;
  }
  const countInput = 'input[aria-label="测试计数（个）"]';
  const shareInput = 'input[aria-label="测试比例（%）"]';

  afterEach(() => localStorage.clear());

  it('saves the values the server takes when it refuses one, and keeps the refused one in the form', async () => {
    const stored = { ...draft, etag: '"4"', values: [{ indicator: 'test.count', unit: '个', value: 6, qualifier: 'exact' as const, changed: true }] };
    // The server names the share (index 1 of what was sent) as the one it refuses.
    const writes = stubWrites([{ status: 400, body: bad }, { status: 200, body: stored }]);
    const wrapper = await open();
    await wrapper.find(countInput).setValue('6');
    await wrapper.find(shareInput).setValue('50');
    await wrapper.find('form').trigger('submit');
    await flushPromises();

    expect(writes).toHaveLength(2);
    const [first, second] = [await writes[0]!.json(), await writes[1]!.json()];
    expect(first.dataValues.map((v: ValueLike) => v.indicator)).toEqual(['test.count', 'test.share']);
    expect(second).toEqual({ dataValues: [{ indicator: 'test.count', value: 6, qualifier: 'exact' }] });
    expect((wrapper.find(shareInput).element as HTMLInputElement).value).toBe('50');
    expect(wrapper.text()).toContain('未保存：must be at most 100 (test)');
    expect(wrapper.text()).toContain('已保存 1 项；1 项未保存');
  });

  it('keeps unsaved values in the browser and offers them when the form opens again', async () => {
    stubWrites([]);
    const first = await open();
    await first.find(countInput).setValue('9');
    await flushPromises();
    first.unmount();

    const again = await open();
    expect((again.find(countInput).element as HTMLInputElement).value).toBe('');
    expect(again.text()).toContain('本机有 1 项未保存的数值');
    await again.findAll('button').find((b) => b.text() === '恢复这些数值')!.trigger('click');
    expect((again.find(countInput).element as HTMLInputElement).value).toBe('9');
    expect(again.text()).not.toContain('本机有 1 项未保存的数值');
  });
});

type ValueLike = { indicator: string };
