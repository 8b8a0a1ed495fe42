// A typeless .ts file: tsc (module node16) emits CommonJS; imports become require().
import { here } from './cjs.cjs';
import type { Config } from './types.js';
declare module 'extra' {
  export const y: number;
}
let c: Config | undefined;
export default here;
console.log(c);
