import { createApp } from 'vue';
import { createPinia } from 'pinia';
import App from './app/App.vue';
import { i18n, savedLocale, setLanguage } from './app/i18n';
import { router } from './app/router';

const app = createApp(App).use(createPinia()).use(router).use(i18n);
// English words load first when English was chosen before; then the page appears in that language.
void setLanguage(savedLocale()).finally(() => app.mount('#app'));
