// User Timing for the worker's work: each request's handler, and named steps inside one, show
// in DevTools' Performance panel (and to the benchmark, which reads them from the worker). Only
// the latest measure of each name is kept, so a worker that lives long does not pile them up.
export async function timed<T>(name: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    try {
      performance.clearMeasures(name);
      performance.measure(name, { start });
    } catch {
      // User Timing is a diagnostic: never a reason for a request to fail.
    }
  }
}
