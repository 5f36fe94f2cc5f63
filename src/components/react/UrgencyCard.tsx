/**
 * The urgency card for React islands, with the same markup, classes and wording as the
 * build-time Callout/AlertCard, so a tool's emergency result looks and prints like the articles'.
 */
import type { ReactNode } from 'react';
import {
  alerts,
  urgencyAdvice,
  urgencyHeading,
  urgencyLabel,
  type AlertId,
  type UrgencyLevel,
} from '../../data/alerts.ts';

interface CalloutProps {
  level: UrgencyLevel;
  headingLevel?: 2 | 3;
  children: ReactNode;
  /** Links to read on, after the line that says what to do. */
  more?: ReactNode;
}

/** As Callout.astro: the signs, then the site's one wording of what to do, then any links. */
export function Callout({ level, headingLevel = 2, children, more }: CalloutProps) {
  const Heading = `h${headingLevel}` as 'h2' | 'h3';
  return (
    <aside className={`urgency urgency-${level}`} aria-label={urgencyLabel[level]}>
      <Heading className="urgency-heading">
        <span className="urgency-label">{urgencyLabel[level]}</span>
        {urgencyHeading[level]}
      </Heading>
      <div className="urgency-body">
        {children}
        <p className="urgency-advice">
          {level === 'emergency' ? <strong>{urgencyAdvice[level]}</strong> : urgencyAdvice[level]}
        </p>
        {more}
      </div>
    </aside>
  );
}

/** One of the named alerts of src/data/alerts.ts, as the articles show it. */
export function AlertCard({ id, headingLevel = 2 }: { id: AlertId; headingLevel?: 2 | 3 }) {
  const alert = alerts[id];
  return (
    <Callout
      level={alert.level}
      headingLevel={headingLevel}
      more={
        <p className="no-print">
          Read about <a href={alert.more.href}>{alert.more.label}</a>.
        </p>
      }
    >
      <ul>
        {alert.signs.map((sign) => (
          <li key={sign}>{sign}</li>
        ))}
      </ul>
      {alert.action && <p>{alert.action}</p>}
    </Callout>
  );
}
