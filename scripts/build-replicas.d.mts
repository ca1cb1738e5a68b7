/** Host folder → vendor file name → the package file it is copied from. */
export const VENDOR: Record<string, Record<string, string>>;
/** Copies the frameworks' bundles beside the replica pages; returns how many files were copied. */
export function buildReplicas(options?: { quiet?: boolean }): number;
