/**
 * The urgency card for React islands, with the same markup, classes and wording as the
 * build-time Callout/AlertCard (both read src/features/urgency/alerts.ts), so a tool's result looks, reads and
 * prints like the articles' cards.
 */
import type { ReactNode } from 'react';
import {
  alerts,
  emergencyNumbers,
  signs,
  urgencyAdvice,
  urgencyHeading,
  urgencyLabel,
  type AlertId,
  type SignId,
  type UrgencyLevel,
} from './alerts.ts';
import { sources, type SourceId } from '../article/sources.ts';

interface CalloutProps {
  level: UrgencyLevel;
  headingLevel?: 2 | 3 | 4;
  /** Names the landmark, so two cards on a page differ. */
  name?: string;
  cites?: readonly SourceId[];
  children: ReactNode;
  /** Links to read on, after the line that says what to do. */
  more?: ReactNode;
}

/** "Call your local emergency number (112 in Europe …)." with every number a tel: link. */
export function EmergencyAdvice() {
  return (
    <strong>
      Call your local emergency number (
      {emergencyNumbers.map((n, i) => (
        <span key={n.number}>
          {i > 0 && ', '}
          <a href={`tel:${n.number}`}>{n.number}</a> {n.where}
        </span>
      ))}
      ).
    </strong>
  );
}

/** As Callout.astro: the signs, then the site's one wording of what to do, then any links. */
export function Callout({ level, headingLevel = 2, name, cites = [], children, more }: CalloutProps) {
  const Heading = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  const citeText = [...new Set(cites)].map((id) => sources[id].short).join('; ');
  return (
    <aside
      className={`urgency urgency-${level}`}
      aria-label={name ? `${urgencyLabel[level]}: ${name}` : urgencyLabel[level]}
      data-urgency-level={level}
    >
      <Heading className="urgency-heading">
        <span className="urgency-label">{urgencyLabel[level]}</span>
        {urgencyHeading[level]}
      </Heading>
      <div className="urgency-body">
        {children}
        <p className="urgency-advice">{level === 'emergency' ? <EmergencyAdvice /> : urgencyAdvice[level]}</p>
        {more}
        {citeText && <p className="urgency-source">Based on: {citeText}.</p>}
      </div>
    </aside>
  );
}

/** The list of some signs of src/features/urgency/alerts.ts. */
export function SignList({ ids }: { ids: readonly SignId[] }) {
  return (
    <ul>
      {ids.map((id) => (
        <li key={id} data-sign={id}>
          {signs[id].text}
        </li>
      ))}
    </ul>
  );
}

/** One of the named alerts of src/features/urgency/alerts.ts, as the articles show it. */
export function AlertCard({ id, headingLevel = 2 }: { id: AlertId; headingLevel?: 2 | 3 | 4 }) {
  const alert = alerts[id];
  return (
    <Callout
      level={alert.level}
      headingLevel={headingLevel}
      name={alert.name}
      cites={alert.signs.map((s) => signs[s].cite)}
      more={
        <p className="no-print">
          Read about <a href={alert.more.href}>{alert.more.label}</a>.
        </p>
      }
    >
      <SignList ids={alert.signs} />
      {alert.action && <p>{alert.action}</p>}
    </Callout>
  );
}
