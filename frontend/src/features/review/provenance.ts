import type { FigureRun, FrozenValue, Names } from './api';
import { localFigure } from '../../shared/format/localFigure';
import { localName } from './names';

/** Interface words, as vue-i18n's `t` gives them. */
type Translate = (key: string, values?: Record<string, unknown>) => string;

/** One line of a figure's tooltip: what it says, under its label. */
export interface ProvenanceLine {
  label: string;
  text: string;
}

export interface ProvenanceContext {
  names?: Names;
  /** The value the edition froze for the figure (absent until it arrives, and in a draft). */
  value?: FrozenValue;
  /** The edition the page shows; none in a draft's preview. */
  edition?: string;
  locale: string;
  t: Translate;
  formatTime: (iso: string, locale: string) => string;
}

/**
 * "Where does this number come from", in lines: the indicator, the value as a number, the unit of
 * government and year, how it is computed, then the revision, who submitted it and when, who approved it and
 * when, its source and the edition that froze it. What is not known yet (names still loading) is left out.
 */
export function provenanceLines(run: FigureRun, context: ProvenanceContext): ProvenanceLine[] {
  const { names, value, edition, locale, t } = context;
  const indicator = names?.indicators[run.indicator];
  const orgUnit = names?.orgUnits[run.orgUnit];
  const lines: ProvenanceLine[] = [
    { label: t('figure.indicator'), text: indicator ? localName(indicator, locale) : run.indicator },
    {
      label: t('figure.value'),
      text: run.value === null ? t('figure.missing') : localFigure(run.value, run.qualifier, run.unit, 'number', locale),
    },
  ];
  if (run.qualifier === 'more_than') lines.push({ label: '余', text: t('figure.moreThan') });
  lines.push({ label: t('figure.orgUnit'), text: orgUnit ? localName(orgUnit, locale) : run.orgUnit });
  lines.push({ label: t('figure.year'), text: run.period });
  if (run.computation !== 'value') {
    lines.push({ label: t('figure.computed'), text: t(`figure.computation.${run.computation}`, { base: run.basePeriod ?? '' }) });
  }
  if (run.status !== 'approved') lines.push({ label: t('figure.status'), text: t(`figure.statusOf.${run.status}`) });
  if (value) {
    const p = value.provenance;
    lines.push({ label: t('figure.revision'), text: String(value.revision) });
    if (p.submission !== undefined) {
      lines.push({
        label: t('figure.submitted'),
        text: p.submittedAt
          ? t('figure.submittedByAt', { who: p.recordedBy, when: context.formatTime(p.submittedAt, locale), submission: p.submission })
          : t('figure.submittedBy', { who: p.recordedBy, submission: p.submission }),
      });
      if (p.approvedBy) {
        lines.push({ label: t('figure.approved'), text: t('figure.approvedBy', { who: p.approvedBy, when: context.formatTime(p.recordedAt, locale) }) });
      }
    } else {
      lines.push({ label: t('figure.recorded'), text: t('figure.recordedBy', { who: p.recordedBy, when: context.formatTime(p.recordedAt, locale) }) });
    }
    lines.push({ label: t('figure.source'), text: p.source });
  }
  if (edition) lines.push({ label: t('figure.edition'), text: edition });
  return lines;
}

/** Where the indicator's data can be looked at (the dashboard) and downloaded (the edition's values, CSV). */
export function provenanceLinks(run: FigureRun, edition?: string): { data: string; download: string } {
  const query = new URLSearchParams({ format: 'csv', indicator: run.indicator });
  if (edition) query.set('edition', edition);
  else query.set('period', run.period);
  return {
    data: `/dashboard?${new URLSearchParams({ period: run.period, indicator: run.indicator })}`,
    download: `/api/v1/exports?${query}`,
  };
}
