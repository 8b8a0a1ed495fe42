import { value } from './esm.mjs';
export const later = await Promise.resolve(value);
