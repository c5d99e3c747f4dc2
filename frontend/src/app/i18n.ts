import { createI18n } from 'vue-i18n';

/** Interface words; the review itself is always shown as published, in Chinese. */
export const i18n = createI18n({
  legacy: false,
  locale: 'zh-CN',
  fallbackLocale: 'zh-CN',
  messages: {
    'zh-CN': {
      loading: '加载中…',
      noReview: '尚无已发布的综述。',
      loadFailed: '无法加载综述：{reason}',
      figure: {
        indicator: '指标',
        value: '数值',
        moreThan: '“余”表示实际数值多于所示数值',
        unit: '单位',
        orgUnit: '单位（行政区）',
        year: '年度',
        source: '来源',
        missing: '暂无数据',
      },
    },
    en: {
      loading: 'Loading…',
      noReview: 'No review has been published yet.',
      loadFailed: 'The review could not be loaded: {reason}',
      figure: {
        indicator: 'Indicator',
        value: 'Value',
        moreThan: '余 means the actual figure is more than the one shown',
        unit: 'Unit',
        orgUnit: 'Unit of government',
        year: 'Year',
        source: 'Source',
        missing: 'no value yet',
      },
    },
  },
});
