/**
 * The click handler written on every "Link to this section" control. It loads the behaviour on the
 * first click, so article pages run no JavaScript before the reader does something. The CSP allows
 * exactly this handler by its hash ('unsafe-hashes' with one hash, never 'unsafe-inline').
 */
import { createHash } from 'node:crypto';

export const SECTION_LINK_MODULE = '/scripts/section-link.js';

/** If the module cannot load (offline), the link still goes to its section. */
export const SECTION_LINK_ONCLICK = `event.preventDefault();import('${SECTION_LINK_MODULE}').then((m)=>m.activate(this),()=>{location.hash=this.hash})`;

/** The CSP source that allows the handler: sha256 of the attribute's text, base64. */
export function sectionLinkHandlerHash(): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(SECTION_LINK_ONCLICK).digest('base64')}`;
}
