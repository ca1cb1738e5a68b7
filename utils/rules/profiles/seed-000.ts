import type { FormProfileInput } from '../profile-schema';

export const profiles: FormProfileInput[] = [];
