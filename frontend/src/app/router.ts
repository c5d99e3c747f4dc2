import { createRouter, createWebHistory } from 'vue-router';
import { describeProblem } from '../shared/api/client';
import { useSession } from '../shared/auth/session';
import { i18n } from './i18n';
import { showPageMeta } from './pageMeta';

declare module 'vue-router' {
  interface RouteMeta {
    /** Who may open the page; anyone else is sent to sign in or told they lack the role. */
    needs?: 'clerk' | 'reviewer';
    /** The page's words under `page.` in i18n.ts: its document title and meta description (pageMeta.ts). */
    page?: string;
  }
}

const review = () => import('../features/review/ReviewPage.vue');
const editionsPage = () => import('../features/reviewing/EditionsPage.vue');

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', name: 'review', component: review, meta: { page: 'review' } },
    { path: '/reviews/:year(\\d{4})', name: 'review-year', component: review, props: true, meta: { page: 'review' } },
    // One edition, as it was published (a superseded one says so and links the current).
    { path: '/reviews/:year(\\d{4})/editions/:number(\\d{1,6})', name: 'review-edition', component: review, props: true, meta: { page: 'review' } },
    { path: '/dashboard', name: 'dashboard', component: () => import('../features/dashboard/DashboardPage.vue'), meta: { page: 'dashboard' } },
    { path: '/exports', name: 'exports', component: () => import('../features/exports/ExportsPage.vue'), meta: { page: 'exports' } },
    {
      path: '/submissions',
      name: 'submissions',
      component: () => import('../features/submissions/SubmissionsPage.vue'),
      meta: { page: 'submissions', needs: 'clerk' },
    },
    {
      path: '/submissions/:id(\\d+)',
      name: 'submission',
      component: () => import('../features/submissions/SubmissionPage.vue'),
      props: (route) => ({ id: Number(route.params.id) }),
      meta: { page: 'submission', needs: 'clerk' },
    },
    {
      path: '/reviewing',
      name: 'reviewing',
      component: () => import('../features/reviewing/QueuePage.vue'),
      meta: { page: 'reviewing', needs: 'reviewer' },
    },
    {
      path: '/reviewing/submissions/:id(\\d+)',
      name: 'reviewing-submission',
      component: () => import('../features/reviewing/DecisionPage.vue'),
      props: (route) => ({ id: Number(route.params.id) }),
      meta: { page: 'reviewingSubmission', needs: 'reviewer' },
    },
    {
      path: '/reviewing/reconciliation',
      name: 'reconciliation',
      component: () => import('../features/reviewing/ReconciliationPage.vue'),
      meta: { page: 'reconciliation', needs: 'reviewer' },
    },
    {
      // The year's editions, compare and publishing; the old address goes to the newest published year's.
      path: '/reviewing/reviews/:year(\\d{4})/editions',
      name: 'review-editions',
      component: editionsPage,
      props: true,
      meta: { page: 'editions', needs: 'reviewer' },
    },
    {
      path: '/reviewing/reviews',
      name: 'reviews-writing',
      component: () => import('../features/review/editor/ReviewsPage.vue'),
      meta: { page: 'reviews', needs: 'reviewer' },
    },
    {
      path: '/reviewing/reviews/:year(\\d{4})/edit',
      name: 'review-edit',
      component: () => import('../features/review/editor/EditorPage.vue'),
      props: (route) => ({ year: Number(route.params.year) }),
      meta: { page: 'reviewEditor', needs: 'reviewer' },
    },
    {
      path: '/reviewing/editions',
      name: 'editions',
      component: editionsPage,
      meta: { page: 'editions', needs: 'reviewer' },
    },
    { path: '/auth/callback', name: 'auth-callback', component: () => import('./SignInCallback.vue'), meta: { page: 'authCallback' } },
    { path: '/forbidden', name: 'forbidden', component: () => import('./ForbiddenPage.vue'), meta: { page: 'forbidden' } },
    { path: '/:rest(.*)*', name: 'not-found', component: () => import('./NotFoundPage.vue'), meta: { page: 'notFound' } },
  ],
  scrollBehavior: (to, _from, saved) => saved ?? (to.hash ? { el: to.hash } : { top: 0 }),
});

router.beforeEach(async (to) => {
  if (!to.meta.needs) return true;
  const session = useSession();
  try {
    await session.restore();
    if (session.status !== 'signed-in') {
      await session.signIn(to.fullPath);
      return false;
    }
  } catch (error) {
    return { name: 'auth-callback', query: { error: 'sign_in_unavailable', error_description: describeProblem(error) } };
  }
  const allowed = to.meta.needs === 'clerk' ? session.isClerk : session.isReviewer;
  return allowed || { name: 'forbidden', query: { page: to.fullPath } };
});

router.afterEach((to) => showPageMeta(to.meta.page, { t: (key) => i18n.global.t(key), te: (key) => i18n.global.te(key) }));
