// Types only: erased, loads nothing.
export type Config = { dir: string };
export interface Other { x: number }
