import { setLanguage } from './i18n';

await setLanguage('en');
await setLanguage('zh-CN');
