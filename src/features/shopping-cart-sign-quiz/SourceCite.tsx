/** An inline citation that links to the page's source list, like the build-time Cite.astro. */
import { sourceAnchor, sources, type SourceId } from '../article/sources.ts';

export function SourceCite({ id }: { id: SourceId }) {
  return (
    <>
      {' '}
      <span className="cite">
        (<a href={`#${sourceAnchor(id)}`}>{sources[id].short}</a>)
      </span>
    </>
  );
}
