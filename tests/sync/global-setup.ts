// Starts one Radicale for the whole sync suite and stops it (deleting its storage) after.
import type { TestProject } from 'vitest/node';
import { startRadicale, type RunningRadicale } from './radicale';

let server: RunningRadicale | undefined;

export async function setup(project: TestProject) {
  server = await startRadicale();
  project.provide('radicaleUrl', server.url);
}

export async function teardown() {
  await server?.dispose();
}

declare module 'vitest' {
  export interface ProvidedContext {
    radicaleUrl: string;
  }
}
