import { createApp } from 'vue';
import { createPinia } from 'pinia';
import App from './app/App.vue';
import { i18n, savedLocale, setLanguage } from './app/i18n';
import { router } from './app/router';
import { askForFrontPage } from './features/review/api';

// The front page's text is asked for at once, not after its code and the language have arrived.
if (location.pathname === '/') askForFrontPage();

const app = createApp(App).use(createPinia()).use(router).use(i18n);
// English words load first when English was chosen before; then the page appears in that language.
// Mounted in a task of its own: a phone's main thread is not held for the scripts' evaluation and the
// first rendering at once.
void setLanguage(savedLocale()).finally(() => setTimeout(() => app.mount('#app')));
