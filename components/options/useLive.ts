import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { onChange, type ChangeEvent } from '@/lib/messages';
import { errorText } from './i18n-override';

/**
 * Loads what a section shows and reloads it whenever the background reports a change to one of
 * `entities`. Returns the data, the last error (a sentence fit for the UI) and a reload function.
 */
export function useLive<T>(load: () => Promise<T>, entities: ChangeEvent['entity'][], deps: unknown[] = []) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const loadRef = useRef(load);
  loadRef.current = load;
  const seq = useRef(0);
  const reload = useCallback(async () => {
    const mine = ++seq.current;
    try {
      const value = await loadRef.current();
      if (mine === seq.current) {
        setData(value);
        setError(null);
      }
    } catch (e) {
      if (mine === seq.current) setError(errorText(e));
    }
  }, []);
  useEffect(() => {
    void reload();
    return onChange((event) => {
      if (entities.includes(event.entity)) void reload();
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return { data, error, reload, setData };
}
