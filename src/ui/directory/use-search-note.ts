// Notes a settled directory search for the program's demand figures: its vocabulary topic and
// whether any matching mentor had free time, once per topic and visit, after the search has stayed
// unchanged a moment. Fire and forget: a note that fails to save never troubles the person.
import { useEffect, useRef } from 'react';
import { SEARCH_SETTLE_MS, searchTopic } from '../../domain/search-note';
import { usePorts } from '../common/ports-context';
import type { Directory } from './use-directory';

export function useSearchNote(directory: Pick<Directory, 'filters' | 'results' | 'state'>): void {
  const { directory: port } = usePorts();
  const noted = useRef(new Set<string>());
  const topic = searchTopic(directory.filters);
  const settled = directory.state.listing === 'done' && directory.results.every((r) => r.slot.kind !== 'loading');
  const found = directory.results.some((r) => r.slot.kind === 'slot');
  useEffect(() => {
    const key = topic?.toLowerCase();
    if (!topic || !key || !settled || !port.noteSearch || noted.current.has(key)) return undefined;
    const timer = setTimeout(() => {
      noted.current.add(key);
      port.noteSearch?.({ topic, foundFreeMentor: found });
    }, SEARCH_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [topic, settled, found, port]);
}
