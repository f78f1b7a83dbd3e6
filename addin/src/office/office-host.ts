/** What the task pane knows about where it runs. */
export interface OfficeHost {
  /** Office.js loaded at all (it comes from Microsoft's CDN, so it can be missing when offline). */
  officeLoaded: boolean;
  /** Running inside Word (desktop or on the web), able to insert tables. */
  inWord: boolean;
  /** Word supports WordApi 1.3, the set the add-in declares; older Word gets a plain message. */
  supported: boolean;
  /** WordApi 1.4 (change tracking mode) is available, so Track Changes can be detected. */
  canDetectTrackChanges: boolean;
  /** Nested app authentication (MSAL in the host) is available. */
  nestedAppAuth: boolean;
}

const NOT_IN_OFFICE: OfficeHost = { officeLoaded: false, inWord: false, supported: false, canDetectTrackChanges: false, nestedAppAuth: false };

/**
 * Waits for Office.js and reads the host. Outside Office, `Office.onReady()` resolves with host
 * null and `Office.context.requirements` is undefined: guarded, never called blindly.
 */
export async function detectOfficeHost(timeoutMs = 8000): Promise<OfficeHost> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return NOT_IN_OFFICE;
  const info = await Promise.race([
    Office.onReady(),
    new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), timeoutMs)),
  ]);
  const requirements = typeof Office.context === 'object' && Office.context ? Office.context.requirements : undefined;
  const supports = (set: string, version: string) => {
    try {
      return typeof requirements?.isSetSupported === 'function' && requirements.isSetSupported(set, version);
    } catch {
      return false;
    }
  };
  const inWord = info?.host === Office.HostType.Word && typeof Word !== 'undefined';
  return {
    officeLoaded: true,
    inWord,
    supported: inWord && supports('WordApi', '1.3'),
    canDetectTrackChanges: inWord && supports('WordApi', '1.4'),
    nestedAppAuth: supports('NestedAppAuth', '1.1'),
  };
}
