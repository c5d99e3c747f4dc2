import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h, nextTick } from 'vue';
import { i18n } from '../../../app/i18n';
import type { FigureRun } from '../api';
import FigureMark from './FigureMark.vue';
import { provideFigureSources } from './figureSources';

// A generated figure; not one of the real review.
const run: FigureRun = {
  type: 'figure', text: '9所', markup: '{{t.schools}}', computation: 'value', indicator: 't.schools', orgUnit: 'T1', period: '2099',
  basePeriod: null, value: 9, unit: '所', qualifier: 'exact', format: 'number', status: 'approved', reconciliation: null,
};

function figure() {
  // The article hands its figures the edition they belong to.
  const InEdition = defineComponent({
    setup() {
      provideFigureSources(() => ({ edition: '2099-1' }));
      return () => h(FigureMark, { run });
    },
  });
  return mount(InEdition, { global: { plugins: [i18n] }, attachTo: document.body });
}
const shown = (w: ReturnType<typeof figure>) => (w.find('[role="tooltip"]').element as HTMLElement).style.display !== 'none';
const escape = () => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('FigureMark', () => {
  it('keeps the number and its measure word in one unbreakable piece, and its tip describes it', async () => {
    const w = figure();
    expect(w.find('.shown').text()).toBe('9所');
    expect(w.find('.figure').attributes('aria-describedby')).toBe(w.find('[role="tooltip"]').attributes('id'));
    // Written once the browser is idle, even while hidden, for screen readers.
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(w.find('[role="tooltip"]').text()).toContain('所属版本2099-1');
  });

  it('writes its tip at once when the reader comes to it before the browser was idle', async () => {
    const w = figure();
    expect(w.find('[role="tooltip"]').text()).toBe('');
    await w.find('.figure').trigger('mouseenter');
    expect(w.find('[role="tooltip"]').text()).toContain('所属版本2099-1');
  });

  it('opens on hover and closes on Escape', async () => {
    const w = figure();
    expect(shown(w)).toBe(false);
    await w.find('.figure').trigger('mouseenter');
    expect(shown(w)).toBe(true);
    escape();
    await nextTick();
    expect(shown(w)).toBe(false);
  });

  it('a tap (mouseenter, focus and click at once) opens it; a later tap closes it', async () => {
    const w = figure();
    await w.find('.figure').trigger('mouseenter');
    await w.find('.figure').trigger('focus');
    await w.find('.figure').trigger('click');
    expect(shown(w)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 550));
    await w.find('.figure').trigger('click');
    expect(shown(w)).toBe(false);
  });

  it('Escape from a link in the tip closes it and puts focus back on the figure, without reopening it', async () => {
    const w = figure();
    (w.find('.figure').element as HTMLElement).focus();
    await nextTick();
    expect(shown(w)).toBe(true);
    (w.find('.tip a').element as HTMLElement).focus();
    escape();
    await nextTick();
    expect(document.activeElement).toBe(w.find('.figure').element);
    expect(shown(w)).toBe(false);
  });
});
