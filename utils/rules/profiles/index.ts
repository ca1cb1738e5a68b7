import type { FormProfileInput } from '../profile-schema';
import { profiles as p000 } from './seed-000';
import { profiles as p001 } from './seed-001';

export const PROFILES: readonly FormProfileInput[] = [...p000, ...p001];
