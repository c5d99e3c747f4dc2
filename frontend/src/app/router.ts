import { createRouter, createWebHistory } from 'vue-router';
import { describeProblem } from '../shared/api/client';
import { useSession } from '../shared/auth/session';

declare module 'vue-router' {
  interface RouteMeta {
    /** Who may open the page; anyone else is sent to sign in or told they lack the role. */
    needs?: 'clerk' | 'reviewer';
  }
}

const review = () => import('../features/review/ReviewPage.vue');

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', name: 'review', component: review },
    { path: '/reviews/:year(\\d{4})', name: 'review-year', component: review, props: true },
    { path: '/reviews/:year(\\d{4})/editions/:number(\\d+)', name: 'review-edition', component: review, props: true },
    { path: '/dashboard', name: 'dashboard', component: () => import('../features/dashboard/DashboardPage.vue') },
    { path: '/exports', name: 'exports', component: () => import('../features/exports/ExportsPage.vue') },
    {
      path: '/submissions',
      name: 'submissions',
      component: () => import('../features/submissions/SubmissionsPage.vue'),
      meta: { needs: 'clerk' },
    },
    {
      path: '/submissions/:id(\\d+)',
      name: 'submission',
      component: () => import('../features/submissions/SubmissionPage.vue'),
      props: (route) => ({ id: Number(route.params.id) }),
      meta: { needs: 'clerk' },
    },
    {
      path: '/reviewing',
      name: 'reviewing',
      component: () => import('../features/reviewing/QueuePage.vue'),
      meta: { needs: 'reviewer' },
    },
    {
      path: '/reviewing/submissions/:id(\\d+)',
      name: 'reviewing-submission',
      component: () => import('../features/reviewing/DecisionPage.vue'),
      props: (route) => ({ id: Number(route.params.id) }),
      meta: { needs: 'reviewer' },
    },
    {
      path: '/reviewing/reconciliation',
      name: 'reconciliation',
      component: () => import('../features/reviewing/ReconciliationPage.vue'),
      meta: { needs: 'reviewer' },
    },
    {
      path: '/reviewing/reviews',
      name: 'reviews-writing',
      component: () => import('../features/review/editor/ReviewsPage.vue'),
      meta: { needs: 'reviewer' },
    },
    {
      path: '/reviewing/reviews/:year(\\d{4})/edit',
      name: 'review-edit',
      component: () => import('../features/review/editor/EditorPage.vue'),
      props: (route) => ({ year: Number(route.params.year) }),
      meta: { needs: 'reviewer' },
    },
    {
      path: '/reviewing/reviews/:year(\\d{4})/editions',
      name: 'review-editions',
      component: () => import('../features/reviewing/EditionsPage.vue'),
      meta: { needs: 'reviewer' },
    },
    {
      path: '/reviewing/editions',
      name: 'editions',
      component: () => import('../features/reviewing/EditionsPage.vue'),
      meta: { needs: 'reviewer' },
    },
    { path: '/auth/callback', name: 'auth-callback', component: () => import('./SignInCallback.vue') },
    { path: '/forbidden', name: 'forbidden', component: () => import('./ForbiddenPage.vue') },
    { path: '/:rest(.*)*', name: 'not-found', component: () => import('./NotFoundPage.vue') },
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
