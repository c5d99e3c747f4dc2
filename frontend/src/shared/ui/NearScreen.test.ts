import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount } from '@vue/test-utils';
import { nextTick } from 'vue';
import NearScreen from './NearScreen.vue';

describe('NearScreen', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('keeps its room and shows its content only once it comes near the screen', async () => {
    let report: (entries: { isIntersecting: boolean }[]) => void = () => {};
    const disconnect = vi.fn();
    vi.stubGlobal('IntersectionObserver', class {
      constructor(callback: typeof report) {
        report = callback;
      }
      observe() {}
      disconnect = disconnect;
    });
    const wrapper = mount(NearScreen, { props: { height: '10rem' }, slots: { default: '<p class="chart">chart</p>' } });
    expect(wrapper.find('.chart').exists()).toBe(false);
    expect(wrapper.attributes('style')).toContain('min-height: 10rem');
    report([{ isIntersecting: false }]);
    await nextTick();
    expect(wrapper.find('.chart').exists()).toBe(false);
    report([{ isIntersecting: true }]);
    await nextTick();
    expect(wrapper.find('.chart').exists()).toBe(true);
    expect(disconnect).toHaveBeenCalled();
  });

  it('shows its content at once where there is no IntersectionObserver', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const wrapper = mount(NearScreen, { slots: { default: '<p class="chart">chart</p>' } });
    expect(wrapper.find('.chart').exists()).toBe(true);
  });
});
