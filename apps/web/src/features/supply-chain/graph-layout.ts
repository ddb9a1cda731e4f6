/** A layout asked of graph-layout.worker.ts: nodes with their size and, once placed, their position. */
export interface LayoutRequest {
  id: number;
  nodes: { id: string; size: number; x?: number; y?: number; anchorX?: number; anchorY?: number }[];
  edges: { source: string; target: string }[];
}

export interface LayoutResult {
  id: number;
  positions: Record<string, { x: number; y: number }>;
}

/** The layout worker, started on first use and kept for the page's later layouts. */
let worker: Worker | undefined;
let serial = 0;

/** Lays the graph out in the worker; a newer request supersedes an older one still running. */
export function layOut(request: Omit<LayoutRequest, 'id'>): Promise<LayoutResult['positions']> {
  worker ??= new Worker(new URL('./graph-layout.worker.ts', import.meta.url), { type: 'module' });
  const id = ++serial;
  const w = worker;
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<LayoutResult>) => {
      if (event.data.id !== id) return;
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      resolve(event.data.positions);
    };
    const onError = (event: ErrorEvent) => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      reject(new Error(event.message));
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.postMessage({ ...request, id } satisfies LayoutRequest);
  });
}
