import { createRouter, createWebHistory } from 'vue-router';

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', name: 'review', component: () => import('../features/review/ReviewPage.vue') },
    { path: '/reviews/:year(\\d{4})', name: 'review-year', component: () => import('../features/review/ReviewPage.vue'), props: true },
  ],
});
