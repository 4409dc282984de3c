import type PapaType from 'papaparse';

/**
 * papaparse (the CSV oracle) ships CommonJS/UMD only: load its browser build as a classic script,
 * which sets window.Papa, instead of adding a CommonJS transform to the test server.
 */
export async function loadPapa(): Promise<typeof PapaType> {
  const w = globalThis as unknown as { Papa?: typeof PapaType };
  if (!w.Papa) {
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/node_modules/papaparse/papaparse.min.js';
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('could not load papaparse'));
      document.head.append(script);
    });
  }
  return w.Papa!;
}
